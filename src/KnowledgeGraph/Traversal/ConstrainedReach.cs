using System;
using System.Collections.Generic;
using System.Threading;

namespace KnowledgeGraph.Traversal
{
    /// <summary>
    /// Reachability under the path rules of the dependency queries, without enumerating paths: which entities some walk
    /// from the root reaches whose steps chain their subjects and hold together at the view's time, and which only
    /// through walks that may hold. A breadth-first search over (entity, state) pairs, where the state is what the walk
    /// so far leaves for its continuation: the narrowest subject met, and the days still possible and still certain for
    /// every step. A state is dropped when another state of the same entity, met no later, allows every continuation it
    /// allows (it dominates it), so the search usually keeps one state per entity and costs O(V + E).
    /// </summary>
    /// <remarks>
    /// Exact, not an approximation of the path enumeration: both rules (subjects on one line of the subject tree; a day
    /// certain, or possible, for every step) are kept by any part of a walk, so cutting a cycle out of a walk that obeys
    /// them leaves a simple path that obeys them and is shorter. A walk that reaches an entity under the rules therefore
    /// means a simple path does, within the same depth, and the first depth at which a state reaches an entity is its
    /// shortest such path's length.
    /// </remarks>
    internal sealed class ConstrainedReach
    {
        private const int CancelCheckMask = 1023;

        private readonly GraphView _view;
        private readonly TimeColumns? _times;
        private readonly Mode _mode;
        private readonly int _first;
        private readonly int _last;
        private readonly bool _chainSubjects;
        private readonly TimeStatus _floor;
        private readonly List<State>?[] _statesOf;

        /// <summary>Creates the search.</summary>
        /// <param name="view">The view: which relations may be walked, in which direction, through which kinds, and its time and rule.</param>
        /// <param name="chainSubjects">Whether a walk's steps must be about compatible subjects (<see cref="Subject.IsWithin"/>).</param>
        /// <param name="floor">The least joint status a walk may have to be kept: <see cref="TimeStatus.MayHold"/> to find what may hold too.</param>
        public ConstrainedReach(GraphView view, bool chainSubjects, TimeStatus floor)
        {
            _view = view;
            _chainSubjects = chainSubjects;
            _floor = floor;
            _statesOf = new List<State>?[view.Index.VertexCount];
            TimeRule rule = view.Rule;
            if (view.Time.IsSet)
            {
                _mode = rule.IgnoreTime ? Mode.Least : Mode.Joint;
                _first = view.Time.FirstDay;
                _last = view.Time.LastDay;
                _times = view.Cache.Times;
            }
            else if (!rule.IgnoreTime && rule.JointEver)
            {
                _mode = Mode.JointEver;
                _first = int.MinValue;
                _last = int.MaxValue;
                _times = view.Cache.Times;
            }
            else
            {
                _mode = Mode.None;
            }
        }

        /// <summary>Gets whether every walk is as good as any other (no subjects to chain, no time asked), so that the search is a plain breadth-first search.</summary>
        public bool IsPlainReach => _mode == Mode.None && !_chainSubjects;

        private enum Mode : byte
        {
            /// <summary>Time is not asked: every walk holds.</summary>
            None,

            /// <summary>Time is ignored but a date is given: a walk is the least of its steps' statuses at the date.</summary>
            Least,

            /// <summary>A date is given: a walk holds when one day of it is certain for every step (<see cref="TimeKey.Joint"/>).</summary>
            Joint,

            /// <summary>No date: a walk holds when its steps that are not permanent held at one time (<see cref="TimeKey.JointEver"/>).</summary>
            JointEver,
        }

        /// <summary>
        /// Runs the search from <paramref name="root"/> and fills, for every entity reached (not the root), the best
        /// status of the walks reaching it and the first depth at which a walk of that status did.
        /// </summary>
        /// <param name="root">The root.</param>
        /// <param name="reverse">Whether to walk against the view's direction (who reaches the root).</param>
        /// <param name="maxDepth">The most steps.</param>
        /// <param name="maxCounted">The most entities reached with a status of at least <paramref name="counted"/>; the search stops when one more would be.</param>
        /// <param name="counted">The status that counts an entity for <paramref name="maxCounted"/>.</param>
        /// <param name="reached">Receives (entity, status, depth), in the order entities were first reached with that status.</param>
        /// <param name="ct">Cancels the search.</param>
        /// <returns><see cref="SearchCut.MaxResults"/> when more than <paramref name="maxCounted"/> entities would be counted; else <see cref="SearchCut.MaxDepth"/> when a walk could have gone on past the depth; else <see cref="SearchCut.None"/>.</returns>
        public SearchCut Run(int root, bool reverse, int maxDepth, int maxCounted, TimeStatus counted, List<(int Entity, TimeStatus Status, int Depth)> reached, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            // The best status each entity was reached with, plus one (0: not reached).
            var best = new byte[_statesOf.Length];
            var current = new List<State> { State.Start(root, _first, _last) };
            var next = new List<State>();
            int countedSoFar = 0, work = 0;
            SearchCut cut = SearchCut.None;
            for (int depth = 0; current.Count > 0; depth++)
            {
                next.Clear();
                foreach (State st in current)
                {
                    int v = st.Entity;
                    if (v != root && !_view.CanPass(v))
                    {
                        continue;
                    }

                    int n = _view.SlotCount(v);
                    for (int slot = 0; slot < n; slot++)
                    {
                        if ((++work & CancelCheckMask) == 0)
                        {
                            ct.ThrowIfCancellationRequested();
                        }

                        int x = _view.Step(v, slot, reverse, out int step);
                        if (x < 0 || x == root || !_view.CanEnter(x))
                        {
                            continue;
                        }

                        State? s = Extend(st, x, step >> 1);
                        if (s == null || Dominated(x, s))
                        {
                            continue;
                        }

                        if (depth + 1 > maxDepth)
                        {
                            cut = SearchCut.MaxDepth;
                            continue;
                        }

                        TimeStatus status = StatusOf(s);
                        bool seen = best[x] != 0;
                        TimeStatus had = (TimeStatus)(best[x] - 1);
                        bool newlyCounted = status >= counted && (!seen || had < counted);
                        if (newlyCounted && countedSoFar == maxCounted)
                        {
                            return SearchCut.MaxResults; // one more than may be listed
                        }

                        Keep(x, s);
                        next.Add(s);
                        if (!seen || had < status)
                        {
                            best[x] = (byte)(status + 1);
                            reached.Add((x, status, depth + 1));
                            countedSoFar += newlyCounted ? 1 : 0;
                        }
                    }
                }

                (current, next) = (next, current);
            }

            return cut;
        }

        private static bool Covers(int[] outer, int[] inner)
        {
            // Both are sorted, disjoint [start, end] pairs: every pair of inner lies within one pair of outer.
            int j = 0;
            for (int i = 0; i < inner.Length; i += 2)
            {
                while (j < outer.Length && outer[j + 1] < inner[i])
                {
                    j += 2;
                }

                if (j >= outer.Length || outer[j] > inner[i] || outer[j + 1] < inner[i + 1])
                {
                    return false;
                }
            }

            return true;
        }

        private static int[] Intersect(int[] periods, int ws, int we, int[]? more)
        {
            var into = new List<int>(2);
            for (int i = 0; i < periods.Length; i += 2)
            {
                Add(into, periods[i], periods[i + 1], ws, we);
                if (more != null)
                {
                    for (int k = 0; k + 1 < more.Length; k += 2)
                    {
                        Add(into, periods[i], periods[i + 1], more[k], more[k + 1]);
                    }
                }
            }

            if (into.Count <= 2)
            {
                return into.ToArray();
            }

            // Witnesses may overlap: sort and merge so that the periods stay sorted and disjoint.
            var pairs = new List<(int S, int E)>(into.Count / 2);
            for (int i = 0; i < into.Count; i += 2)
            {
                pairs.Add((into[i], into[i + 1]));
            }

            pairs.Sort((a, b) => a.S.CompareTo(b.S));
            var merged = new List<int>(into.Count);
            foreach ((int s, int e) in pairs)
            {
                int c = merged.Count;
                if (c > 0 && (long)s <= (long)merged[c - 1] + 1)
                {
                    merged[c - 1] = Math.Max(merged[c - 1], e);
                }
                else
                {
                    merged.Add(s);
                    merged.Add(e);
                }
            }

            return merged.ToArray();

            static void Add(List<int> list, int s, int e, int a, int b)
            {
                if (a > b)
                {
                    return; // a reversed witness (an observed period) makes no day certain in a chain
                }

                int lo = Math.Max(s, a), hi = Math.Min(e, b);
                if (lo <= hi)
                {
                    list.Add(lo);
                    list.Add(hi);
                }
            }
        }

        private State? Extend(State st, int x, int r)
        {
            Subject? subject = st.Subject;
            if (_chainSubjects)
            {
                Subject? about = _view.Graph.RelationAt(r).About;
                if (about != null)
                {
                    if (subject == null || about.IsWithin(subject))
                    {
                        subject = about;
                    }
                    else if (!subject.IsWithin(about))
                    {
                        return null;
                    }
                }
            }

            var s = new State(x, subject, st);
            switch (_mode)
            {
                case Mode.Least:
                    TimeStatus t = _times!.Test(r, _view.Time);
                    s.Least = t < st.Least ? t : st.Least;
                    break;
                case Mode.Joint:
                case Mode.JointEver:
                    TimeColumns c = _times!;
                    TimeKey k = c.KeyOf(r);
                    if (_mode == Mode.JointEver && k.Lo == int.MinValue && k.Hi == int.MaxValue && k.WitnessStart == int.MinValue && k.WitnessEnd == int.MaxValue && k.MoreWitnesses == null)
                    {
                        break; // a permanent step: left out of the "at one time" question
                    }

                    s.Kept = (byte)Math.Min(2, st.Kept + 1);
                    s.HullLo = Math.Max(st.HullLo, k.Lo);
                    s.HullHi = Math.Min(st.HullHi, k.Hi);
                    s.Certain = Intersect(st.Certain, k.WitnessStart, k.WitnessEnd, k.MoreWitnesses);
                    if (s.Kept == 1)
                    {
                        s.Single = _mode == Mode.JointEver ? TimeStatus.Holds : c.Test(r, _view.Time);
                    }

                    break;
            }

            TimeStatus status = StatusOf(s);
            return status < _floor || status == TimeStatus.DoesNotHold ? null : s;
        }

        private TimeStatus StatusOf(State s)
        {
            switch (_mode)
            {
                case Mode.None:
                    return TimeStatus.Holds;
                case Mode.Least:
                    return s.Least;
                default:
                    if (s.Kept == 0 || (_mode == Mode.JointEver && s.Kept == 1))
                    {
                        return TimeStatus.Holds;
                    }

                    if (s.HullLo > s.HullHi)
                    {
                        return TimeStatus.DoesNotHold;
                    }

                    if (s.Kept == 1)
                    {
                        return s.Single;
                    }

                    return s.Certain.Length > 0 ? TimeStatus.Holds : TimeStatus.MayHold;
            }
        }

        /// <summary>Gets whether state <paramref name="a"/> allows every continuation <paramref name="b"/> allows, each with a status at least as good, now and after any further steps.</summary>
        private bool Dominates(State a, State b)
        {
            if (a.Subject != null && (b.Subject == null || !b.Subject.IsWithin(a.Subject)))
            {
                return false; // a is narrower (or elsewhere): a step about something wider than a but within b's line may be refused by a
            }

            switch (_mode)
            {
                case Mode.None:
                    return true;
                case Mode.Least:
                    return a.Least >= b.Least;
                default:
                    if (a.Kept == 0)
                    {
                        return true;
                    }

                    if (a.Kept > b.Kept || a.HullLo > b.HullLo || a.HullHi < b.HullHi || !Covers(a.Certain, b.Certain))
                    {
                        return false;
                    }

                    return a.Kept != 1 || b.Kept != 1 || StatusOf(a) >= StatusOf(b);
            }
        }

        private bool Dominated(int x, State s)
        {
            List<State>? kept = _statesOf[x];
            if (kept != null)
            {
                foreach (State k in kept)
                {
                    if (Dominates(k, s))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void Keep(int x, State s) => (_statesOf[x] ??= new List<State>(1)).Add(s);

        private sealed class State
        {
            private static readonly int[] Everything = { int.MinValue, int.MaxValue };

            public State(int entity, Subject? subject, State from)
            {
                Entity = entity;
                Subject = subject;
                Least = from.Least;
                Kept = from.Kept;
                Single = from.Single;
                HullLo = from.HullLo;
                HullHi = from.HullHi;
                Certain = from.Certain;
            }

            private State(int entity, int first, int last)
            {
                Entity = entity;
                Least = TimeStatus.Holds;
                Single = TimeStatus.Holds;
                HullLo = first;
                HullHi = last;
                Certain = first == int.MinValue && last == int.MaxValue ? Everything : new[] { first, last };
            }

            public int Entity { get; }

            public Subject? Subject { get; }

            public TimeStatus Least { get; set; }

            public byte Kept { get; set; }

            public TimeStatus Single { get; set; }

            public int HullLo { get; set; }

            public int HullHi { get; set; }

            public int[] Certain { get; set; }

            public static State Start(int root, int first, int last) => new State(root, first, last);
        }
    }
}
