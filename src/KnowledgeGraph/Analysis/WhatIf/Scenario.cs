using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Analysis.WhatIf
{
    /// <summary>
    /// A hypothetical change to a graph: entities or relations removed, relations (a sanction's TARGETS, a treaty's
    /// PARTY_TO, any relation) ended at a date. Applying it gives a new graph; the original is not changed.
    /// </summary>
    /// <remarks>
    /// <para>Ending an entity ends every relation it takes part in. Ending a relation at a date makes its validity stop
    /// then: an open or later end becomes the date; a relation that starts after the date, or an event that happens
    /// after it, is removed.</para>
    /// </remarks>
    [Mutable]
    public sealed class Scenario
    {
        private readonly List<string> _removed = new List<string>();
        private readonly List<KeyValuePair<string, PartialDate>> _ended = new List<KeyValuePair<string, PartialDate>>();

        /// <summary>Gets the ids of the entities and relations to remove.</summary>
        public IReadOnlyList<string> Removed => _removed;

        /// <summary>Gets the ids of the entities and relations to end, with the date they end.</summary>
        public IReadOnlyList<KeyValuePair<string, PartialDate>> Ended => _ended;

        /// <summary>Gets whether the scenario changes nothing.</summary>
        public bool IsEmpty => _removed.Count == 0 && _ended.Count == 0;

        /// <summary>Removes an entity (with its relations) or a relation, by id.</summary>
        /// <param name="id">The id of an entity or a relation.</param>
        /// <returns>This scenario.</returns>
        public Scenario Remove(string id)
        {
            _removed.Add(id ?? throw new ArgumentNullException(nameof(id)));
            return this;
        }

        /// <summary>Ends a relation, or every relation of an entity, at a date.</summary>
        /// <param name="id">The id of a relation or an entity.</param>
        /// <param name="date">The last date the relation holds.</param>
        /// <returns>This scenario.</returns>
        public Scenario End(string id, PartialDate date)
        {
            _ended.Add(new KeyValuePair<string, PartialDate>(id ?? throw new ArgumentNullException(nameof(id)), date));
            return this;
        }

        /// <summary>Describes the scenario in one line: <c>remove integral; end western-sanctions-targets-russia at 2025</c>.</summary>
        /// <returns>The text.</returns>
        public override string ToString() => IsEmpty ? "no change" : string.Join("; ", _removed.Select(r => "remove " + r).Concat(_ended.Select(e => $"end {e.Key} at {e.Value}")));

        /// <summary>Applies the scenario to a graph.</summary>
        /// <param name="graph">The graph.</param>
        /// <param name="dropEnded">Whether ended relations are dropped altogether (for a comparison with no date), rather than kept with their new end.</param>
        /// <returns>The changed graph.</returns>
        /// <exception cref="KnowledgeGraphException">An id names no entity and no relation.</exception>
        public Graph Apply(Graph graph, bool dropEnded = false)
        {
            var removedEntities = new HashSet<string>(StringComparer.Ordinal);
            var removedRelations = new HashSet<string>(StringComparer.Ordinal);
            foreach (string id in _removed)
            {
                if (graph.TryGetEntity(id, out _))
                {
                    removedEntities.Add(id);
                }
                else if (graph.TryGetRelation(id, out _))
                {
                    removedRelations.Add(id);
                }
                else
                {
                    throw new EntityNotFoundException($"No entity or relation has the id '{id}'.", id);
                }
            }

            var ends = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, PartialDate> end in _ended)
            {
                IEnumerable<Relation> relations;
                if (graph.TryGetRelation(end.Key, out Relation? relation))
                {
                    relations = new[] { relation };
                }
                else if (graph.TryGetEntity(end.Key, out Entity? entity))
                {
                    relations = graph.RelationsOf(entity);
                }
                else
                {
                    throw new EntityNotFoundException($"No entity or relation has the id '{end.Key}'.", end.Key);
                }

                foreach (Relation r in relations)
                {
                    ends[r.Id] = ends.TryGetValue(r.Id, out PartialDate earlier) && earlier < end.Value ? earlier : end.Value;
                }
            }

            var b = new GraphBuilder(graph.Vocabulary) { Title = graph.Title, Description = graph.Description };
            foreach (string file in graph.VocabularyFiles)
            {
                b.VocabularyFiles.Add(file);
            }

            foreach (Source s in graph.Sources)
            {
                b.AddSource(s);
            }

            foreach (Entity e in graph.Entities)
            {
                if (!removedEntities.Contains(e.Id))
                {
                    b.AddEntity(e);
                }
            }

            foreach (Relation r in graph.Relations)
            {
                if (removedRelations.Contains(r.Id) || removedEntities.Contains(r.Source.Id) || removedEntities.Contains(r.Target.Id))
                {
                    continue;
                }

                if (ends.TryGetValue(r.Id, out PartialDate date))
                {
                    if (dropEnded)
                    {
                        continue;
                    }

                    Validity? ended = EndAt(r.Validity, date);
                    if (ended != null)
                    {
                        // The citations' time evidence is already in the validity that was cut: the copies carry none, so that it is not added again past the end.
                        Citation[] citations = r.Citations.Select(c => c.Evidence == CitationEvidence.None ? c : new Citation(c.SourceId, c.Quote, c.Locator)).ToArray();
                        b.AddRelation(r.Id, r.Type.Name, r.Source.Id, r.Target.Id, ended.Value, r.Properties, citations, r.Confidence, r.Status, r.Attribution, r.Note, r.About?.Id);
                    }

                    continue;
                }

                b.AddRelation(r);
            }

            return b.Build();
        }

        /// <summary>
        /// Cuts a validity at a date: <c>null</c> when nothing of it is left. A known interval ends then (or earlier, as it
        /// did); an event stays as it was unless it certainly happens after the date; a permanent fact held until then; a
        /// bounded or unknown fact may hold up to the date and not after (its bounds, observations and approximation kept).
        /// </summary>
        internal static Validity? EndAt(Validity validity, PartialDate date)
        {
            if (validity.IsEvent)
            {
                return validity.StatusAsOf(date) == TimeStatus.DoesNotHold ? null : validity;
            }

            if (validity.IsPermanent)
            {
                return Validity.Between(null, date);
            }

            if (validity.Kind == ValidityKind.Known)
            {
                if (validity.From != null && validity.From.Value.FirstDay > date.LastDay)
                {
                    return null;
                }

                if (validity.To != null && validity.To.Value.LastDay <= date.LastDay)
                {
                    return validity;
                }

                return Validity.Create(from: validity.From, to: date, approximate: validity.IsApproximate);
            }

            // Bounded or unknown: it may hold up to the date, not after.
            if (validity.NotBefore != null && validity.NotBefore.Value.FirstDay > date.LastDay)
            {
                return null;
            }

            PartialDate notAfter = validity.NotAfter != null && validity.NotAfter.Value.LastDay <= date.LastDay ? validity.NotAfter.Value : date;
            PartialDate[] observed = validity.Observed.Where(o => o.LastDay <= notAfter.LastDay).ToArray();
            return Validity.Create(notBefore: validity.NotBefore, notAfter: notAfter, observed: observed, approximate: validity.IsApproximate);
        }
    }
}
