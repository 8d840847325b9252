/**
 * Holding a worklist of millions of items in little memory (issue 24): each pending item is kept
 * as a few integers in typed-array columns — its case (a slot for the case id), the step, the
 * occurrence, kind, actor, status and trigger, its due date as an epoch day and its other dates as
 * 16-bit offsets from it — about 20 bytes, and is made into a {@link WorkItem} object only when it
 * is written. Three holders, one per way of asking:
 *
 * - {@link createWorkItemStore}: every item, sorted by {@link compareWorkItems} at the end (a
 *   stable counting sort over the packed keys; the order is exactly that of
 *   `items.sort(compareWorkItems)`, ties in input order).
 * - {@link createTopWorkItems}: only the N most urgent (a bounded max-heap, no full sort).
 * - {@link createWorkItemCounts}: only counts per status, week, actor and step.
 *
 * Local mutable state inside the holder only; nothing global, no clock, no I/O.
 *
 * @module
 */
import { civilFromDays, daysFromCivil, formatIsoDate, isoWeekday } from './calendar/isoDate.js';
import { MILESTONE_RULES } from './law/milestones.js';
import type { Actor, ConsequenceCode, IsoDate, LocalizedText, MilestoneId, MilestoneKind, MilestoneStatus } from './types.js';
import { ACTORS } from './vocab.js';
import { compareWorkItems, type WorkItem } from './worklist.js';

const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const NULL_OFFSET = -0x8000;
const NULL_WEEK = -0x8000;

type Typed = Int32Array | Uint16Array | Uint8Array | Int16Array;

/** A growable column of integers in 64 Ki chunks (no copy when it grows, no doubling). */
function column<T extends Typed>(make: (n: number) => T): { push: (v: number) => void; get: (i: number) => number; size: () => number } {
  const chunks: T[] = [];
  let n = 0;
  return {
    push(v: number): void {
      const c = n >>> CHUNK_BITS;
      if (c === chunks.length) chunks.push(make(CHUNK));
      (chunks[c] as T)[n & MASK] = v;
      n++;
    },
    get: (i: number): number => (chunks[i >>> CHUNK_BITS] as T)[i & MASK] as number,
    size: () => n,
  };
}

const STEP_IDS: readonly MilestoneId[] = MILESTONE_RULES.map((r) => r.id);
const STEP_INDEX = new Map<MilestoneId, number>(STEP_IDS.map((id, i) => [id, i]));
const TITLES = new Map<MilestoneId, LocalizedText>(MILESTONE_RULES.map((r) => [r.id, r.title]));
const CONSEQUENCE = new Map<MilestoneId, ConsequenceCode>(MILESTONE_RULES.map((r) => [r.id, r.consequence]));
/** A protocol step is stored as PROTOCOL_BASE + its index in the run's protocol table. */
const PROTOCOL_BASE = 256;
const KINDS: readonly MilestoneKind[] = ['legal', 'protocol', 'advice', 'info'];
const STATUSES: readonly MilestoneStatus[] = ['overdue', 'due-soon', 'upcoming', 'suspended', 'done', 'done-late', 'not-applicable'];
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]));
const STATUS_INDEX = new Map(STATUSES.map((s, i) => [s, i]));
const ACTOR_INDEX = new Map(ACTORS.map((a, i) => [a, i]));

function dayOf(date: IsoDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** A date as days from `due` (an Int16); `null` as NULL_OFFSET. */
function offset(date: IsoDate | null, due: number): number {
  if (date === null) return NULL_OFFSET;
  const o = dayOf(date) - due;
  if (o <= NULL_OFFSET || o > 0x7fff) throw new RangeError(`a date ${o} days from its due date`);
  return o;
}

function compareId(a: string | number, b: string | number): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A sorted view of held items: `length`, and iteration that makes each {@link WorkItem} as it is
 * reached (iterate as often as needed: a table measures its columns in a first pass).
 *
 * @example
 * for (const item of sorted) write(JSON.stringify(item));
 */
export interface SortedWorkItems extends Iterable<WorkItem> {
  readonly length: number;
}

/**
 * Where the worklist's items go as cases are read: {@link createWorkItemStore},
 * {@link createTopWorkItems} or {@link createWorkItemCounts}.
 *
 * @example
 * const sink: WorkItemSink = createWorkItemStore('2025-06-02');
 * sink.add('E-1', items);
 */
export interface WorkItemSink {
  /** The items of one valid case (all with this `caseId`). */
  add(caseId: string | number, items: readonly WorkItem[]): void;
  /** How many items were added. */
  found(): number;
}

/**
 * Every item, packed (about 20 bytes each, plus 8 for the counting sort, and the case ids),
 * sorted by {@link compareWorkItems} when {@link WorkItemStore.sorted} is called.
 *
 * @example
 * const store = createWorkItemStore('2025-06-02');
 * store.add('E-1', items);
 * for (const item of store.sorted()) console.log(item.due, item.caseId);
 */
export interface WorkItemStore extends WorkItemSink {
  /** Sorts (once) and returns the items in worklist order, made one at a time. */
  sorted(): SortedWorkItems;
}

/**
 * Creates a {@link WorkItemStore} for a worklist made on `asOf` (for `daysUntilDue`).
 *
 * @example
 * const store = createWorkItemStore('2025-06-02');
 */
export function createWorkItemStore(asOf: IsoDate): WorkItemStore {
  const asOfDay = dayOf(asOf);
  const ids: (string | number)[] = [];
  const slot = column((n) => new Int32Array(n));
  const step = column((n) => new Uint16Array(n));
  const occurrence = column((n) => new Uint16Array(n));
  // kind (2 bits) | status (3 bits) << 2 | trigger (1 bit) << 5
  const flags = column((n) => new Uint8Array(n));
  const actor = column((n) => new Uint8Array(n));
  const due = column((n) => new Int32Array(n));
  // The window's first day and the strict latest day as days from `due` (a few hundred at most).
  const windowStart = column((n) => new Int16Array(n));
  const legalLatest = column((n) => new Int16Array(n));
  const week = column((n) => new Int16Array(n));
  const protocols: { id: string; title: LocalizedText; actor: Actor }[] = [];
  const protocolIndex = new Map<string, number>();
  let order: Uint32Array | null = null;

  const add = (caseId: string | number, items: readonly WorkItem[]): void => {
    if (items.length === 0) return;
    if (order !== null) order = null; // added after sorting: sort again
    const s = ids.length;
    ids.push(caseId);
    for (const item of items) {
      let st: number;
      if (item.protocolStep !== undefined) {
        let p = protocolIndex.get(item.protocolStep);
        if (p === undefined) {
          p = protocols.length;
          protocols.push({ id: item.protocolStep, title: item.title, actor: item.actor });
          protocolIndex.set(item.protocolStep, p);
        }
        st = PROTOCOL_BASE + p;
      } else st = STEP_INDEX.get(item.milestoneId) ?? 0;
      slot.push(s);
      step.push(st);
      occurrence.push(item.occurrence);
      flags.push((KIND_INDEX.get(item.kind) ?? 3) | ((STATUS_INDEX.get(item.status) ?? 4) << 2) | (item.trigger === 'window' ? 32 : 0));
      actor.push(ACTOR_INDEX.get(item.actor) ?? 0);
      const d = dayOf(item.due);
      due.push(d);
      windowStart.push(offset(item.windowStart, d));
      legalLatest.push(offset(item.legalLatest, d));
      week.push(item.week === null ? NULL_WEEK : item.week);
    }
  };

  /** The date an item is sorted by: its due date, or its window's first day for a window item. */
  const dateOf = (i: number): number => ((flags.get(i) & 32) !== 0 ? due.get(i) + windowStart.get(i) : due.get(i));

  const make = (i: number): WorkItem => {
    const st = step.get(i);
    const f = flags.get(i);
    const trigger = (f & 32) !== 0 ? 'window' : 'due';
    const ws = windowStart.get(i);
    const ll = legalLatest.get(i);
    const wk = week.get(i);
    const d = due.get(i);
    const dueIso = formatIsoDate(d);
    const wsIso = ws === NULL_OFFSET ? null : formatIsoDate(d + ws);
    const protocol = st >= PROTOCOL_BASE ? protocols[st - PROTOCOL_BASE] : undefined;
    const milestoneId: MilestoneId = protocol === undefined ? (STEP_IDS[st] as MilestoneId) : 'protocol';
    const kind = KINDS[f & 3] as MilestoneKind;
    return {
      caseId: ids[slot.get(i)] as string | number,
      milestoneId,
      ...(protocol === undefined ? {} : { protocolStep: protocol.id }),
      occurrence: occurrence.get(i),
      kind,
      title: protocol === undefined ? (TITLES.get(milestoneId) as LocalizedText) : protocol.title,
      actor: ACTORS[actor.get(i)] as Actor,
      trigger,
      date: trigger === 'due' ? dueIso : (wsIso as IsoDate),
      windowStart: wsIso,
      due: dueIso,
      legalLatest: ll === NULL_OFFSET ? null : formatIsoDate(d + ll),
      week: wk === NULL_WEEK ? null : wk,
      status: STATUSES[(f >> 2) & 7] as MilestoneStatus,
      daysUntilDue: d - asOfDay,
      consequence: kind === 'protocol' ? 'protocol' : (CONSEQUENCE.get(milestoneId) ?? 'info'),
    };
  };

  const sort = (): Uint32Array => {
    const n = slot.size();
    // Case ids ranked once (equal ids share a rank), protocol steps ranked by id.
    const bySlot = Array.from({ length: ids.length }, (_, k) => k);
    bySlot.sort((a, b) => compareId(ids[a] as string | number, ids[b] as string | number));
    const rank = new Int32Array(ids.length);
    let ranks = 0;
    for (let k = 0; k < bySlot.length; k++) {
      const s = bySlot[k] as number;
      if (k > 0 && compareId(ids[bySlot[k - 1] as number] as string | number, ids[s] as string | number) !== 0) ranks++;
      rank[s] = ranks;
    }
    bySlot.length = 0;
    const protoRank = new Int32Array(protocols.length);
    protocols
      .map((p, k) => ({ id: p.id, k }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .forEach((p, k) => {
        protoRank[p.k] = k;
      });
    // The keys of compareWorkItems, most significant first: the date, kind, status and trigger (one
    // number); the case id's rank; the step's order and the occurrence (one number); then input order.
    let minDate = Number.POSITIVE_INFINITY;
    let maxDate = Number.NEGATIVE_INFINITY;
    let maxOcc = 0;
    for (let i = 0; i < n; i++) {
      const d = dateOf(i);
      if (d < minDate) minDate = d;
      if (d > maxDate) maxDate = d;
      const o = occurrence.get(i);
      if (o > maxOcc) maxOcc = o;
    }
    const first = (i: number): number => {
      const f = flags.get(i);
      return (((dateOf(i) - minDate) * 4 + (f & 3)) * 8 + Math.min((f >> 2) & 7, 4)) * 2 + ((f >> 5) & 1);
    };
    const stepOrder = (st: number): number => (st >= PROTOCOL_BASE ? STEP_IDS.length + (protoRank[st - PROTOCOL_BASE] as number) : st);
    const last = (i: number): number => stepOrder(step.get(i)) * (maxOcc + 1) + occurrence.get(i);
    // A stable LSD sort: counting passes on the last key, the case rank, then the first key. O(n),
    // two index arrays and one count array at a time (no comparator sort over millions of items).
    let src = new Uint32Array(n);
    let dst = new Uint32Array(n);
    for (let i = 0; i < n; i++) src[i] = i;
    const pass = (key: (i: number) => number, range: number): void => {
      const count = new Uint32Array(range + 1);
      for (let k = 0; k < n; k++) (count[key(src[k] as number) + 1] as number)++;
      for (let r = 0; r < range; r++) count[r + 1] = (count[r + 1] as number) + (count[r] as number);
      for (let k = 0; k < n; k++) {
        const i = src[k] as number;
        const at = key(i);
        dst[count[at] as number] = i;
        count[at] = (count[at] as number) + 1;
      }
      [src, dst] = [dst, src];
    };
    if (n > 0) {
      pass(last, (STEP_IDS.length + protocols.length) * (maxOcc + 1));
      pass((i) => rank[slot.get(i)] as number, ranks + 1);
      pass(first, (maxDate - minDate + 1) * 64);
    }
    return src;
  };

  return {
    add,
    found: () => slot.size(),
    sorted(): SortedWorkItems {
      if (order === null) order = sort();
      const o = order;
      return {
        length: o.length,
        *[Symbol.iterator](): Iterator<WorkItem> {
          for (let k = 0; k < o.length; k++) yield make(o[k] as number);
        },
      };
    },
  };
}

/**
 * Only the `limit` most urgent items (first in {@link compareWorkItems} order): a max-heap of at
 * most `limit` items, so memory is bounded by `limit`, not by the items found; no full sort.
 *
 * @example
 * const top = createTopWorkItems(20);
 * top.add('E-1', items);
 * top.sorted() //=> the 20 most urgent, in order
 */
export interface TopWorkItems extends WorkItemSink {
  sorted(): SortedWorkItems;
}

/**
 * Creates a {@link TopWorkItems} keeping at most `limit` items.
 *
 * @example
 * const top = createTopWorkItems(20);
 */
export function createTopWorkItems(limit: number): TopWorkItems {
  // heap[0] is the least urgent kept item (largest by compareWorkItems; later input on a tie).
  const heap: { item: WorkItem; seq: number }[] = [];
  let seq = 0;
  let found = 0;
  const after = (a: { item: WorkItem; seq: number }, b: { item: WorkItem; seq: number }): boolean => {
    const c = compareWorkItems(a.item, b.item);
    return c > 0 || (c === 0 && a.seq > b.seq);
  };
  const up = (k: number): void => {
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!after(heap[k] as (typeof heap)[0], heap[p] as (typeof heap)[0])) return;
      [heap[k], heap[p]] = [heap[p] as (typeof heap)[0], heap[k] as (typeof heap)[0]];
      k = p;
    }
  };
  const down = (k: number): void => {
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < heap.length && after(heap[l] as (typeof heap)[0], heap[m] as (typeof heap)[0])) m = l;
      if (r < heap.length && after(heap[r] as (typeof heap)[0], heap[m] as (typeof heap)[0])) m = r;
      if (m === k) return;
      [heap[k], heap[m]] = [heap[m] as (typeof heap)[0], heap[k] as (typeof heap)[0]];
      k = m;
    }
  };
  return {
    add(_caseId: string | number, items: readonly WorkItem[]): void {
      for (const item of items) {
        found++;
        const e = { item, seq: seq++ };
        if (heap.length < limit) {
          heap.push(e);
          up(heap.length - 1);
        } else if (limit > 0 && after(heap[0] as (typeof heap)[0], e)) {
          heap[0] = e;
          down(0);
        }
      }
    },
    found: () => found,
    sorted(): SortedWorkItems {
      const list = [...heap].sort((a, b) => compareWorkItems(a.item, b.item) || a.seq - b.seq).map((e) => e.item);
      return { length: list.length, [Symbol.iterator]: () => list[Symbol.iterator]() };
    },
  };
}

/**
 * The counts of a worklist without its items: per status, per ISO week of the item's date
 * (`2025-W23`), per actor and per step.
 *
 * @example
 * const c: WorklistCounts = { byStatus: { overdue: 3 }, byWeek: { '2025-W23': 3 }, byActor: { werkgever: 3 }, byStep: { evaluatie: 3 } };
 */
export interface WorklistCounts {
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byWeek: Readonly<Record<string, number>>;
  readonly byActor: Readonly<Record<string, number>>;
  readonly byStep: Readonly<Record<string, number>>;
}

/**
 * The ISO 8601 week of a date, as `YYYY-Www` (the week's Thursday decides the year).
 *
 * @example
 * isoWeekOf('2025-06-02') //=> '2025-W23'
 * isoWeekOf('2024-12-30') //=> '2025-W01'
 */
export function isoWeekOf(date: IsoDate): string {
  const day = dayOf(date);
  const thursday = day - isoWeekday(day) + 4;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Counts only: see {@link WorklistCounts}. Memory: one number per distinct key.
 *
 * @example
 * const counts = createWorkItemCounts();
 * counts.add('E-1', items);
 * counts.counts().byStatus //=> { overdue: 1, 'due-soon': 2 }
 */
export interface WorkItemCounts extends WorkItemSink {
  counts(): WorklistCounts;
}

/**
 * Creates a {@link WorkItemCounts}.
 *
 * @example
 * const counts = createWorkItemCounts();
 */
export function createWorkItemCounts(): WorkItemCounts {
  const byStatus = new Map<string, number>();
  const byWeek = new Map<string, number>();
  const byActor = new Map<string, number>();
  const byStep = new Map<string, number>();
  const weekOfDate = new Map<string, string>();
  let found = 0;
  const bump = (m: Map<string, number>, k: string): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  const sortedRecord = (m: Map<string, number>, order?: readonly string[]): Record<string, number> => {
    const keys = [...m.keys()].sort(
      order === undefined ? (a, b) => (a < b ? -1 : a > b ? 1 : 0) : (a, b) => order.indexOf(a) - order.indexOf(b),
    );
    return Object.fromEntries(keys.map((k) => [k, m.get(k) as number]));
  };
  return {
    add(_caseId: string | number, items: readonly WorkItem[]): void {
      for (const item of items) {
        found++;
        bump(byStatus, item.status);
        let w = weekOfDate.get(item.date);
        if (w === undefined) {
          w = isoWeekOf(item.date);
          weekOfDate.set(item.date, w);
        }
        bump(byWeek, w);
        bump(byActor, item.actor);
        bump(byStep, item.protocolStep === undefined ? item.milestoneId : `protocol.${item.protocolStep}`);
      }
    },
    found: () => found,
    counts: () => ({
      byStatus: sortedRecord(byStatus, STATUSES),
      byWeek: sortedRecord(byWeek),
      byActor: sortedRecord(byActor, ACTORS),
      byStep: sortedRecord(byStep, [...STEP_IDS, ...[...byStep.keys()].filter((k) => k.startsWith('protocol.')).sort()]),
    }),
  };
}
