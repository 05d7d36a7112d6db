using System;
using System.Collections.Generic;
using System.Globalization;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// The fields of one relation of the JSON format as read, before their values are checked. Both readers fill it (the
    /// streaming <see cref="FastItemReader"/> from tokens, <see cref="GraphJsonReader"/> from a token tree, each checking
    /// only JSON types), and both call <see cref="TryAdd"/>, the one routine that checks the values (dates, the time
    /// fields together, status, evidence) and adds the relation: so the fast path cannot accept what the slow path rejects.
    /// </summary>
    internal sealed class RelationFields
    {
        /// <summary>The names of the relation statuses in files, by <see cref="RelationStatus"/> value.</summary>
        internal static readonly string[] StatusNames = { "stated", "alleged", "intended", "planned", "denied", "inferred" };

        /// <summary>The names of citation evidence in files, by <see cref="CitationEvidence"/> value (none is written as absent).</summary>
        internal static readonly string[] EvidenceNames = { "none", "observed", "reported" };

        public string? Id { get; set; }

        public string? Type { get; set; }

        public string? Source { get; set; }

        public string? Target { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public string? At { get; set; }

        public string? NotBefore { get; set; }

        public string? NotAfter { get; set; }

        public List<string>? Observed { get; set; }

        public bool Approximate { get; set; }

        public bool Event { get; set; }

        public string? Time { get; set; }

        public PropertyMap Properties { get; set; } = PropertyMap.Empty;

        public double? Confidence { get; set; }

        public string? Status { get; set; }

        public string? Attribution { get; set; }

        public string? Note { get; set; }

        public string? About { get; set; }

        public List<CitationFields>? Citations { get; set; }

        /// <summary>
        /// Checks the values and adds the relation to <paramref name="builder"/>. On the first bad value it calls
        /// <paramref name="report"/> (field name, index in an array field or -1, error code, message) when given and
        /// keeps checking; it returns false when any value was bad, and then adds nothing.
        /// </summary>
        public bool TryAdd(GraphBuilder builder, TextPosition position, Action<string, int, GraphErrorCode, string>? report)
        {
            string label = Id ?? "(relation without id)";
            bool ok = true;
            void Bad(string field, int index, GraphErrorCode code, string message)
            {
                ok = false;
                report?.Invoke(field, index, code, message);
            }

            PartialDate? Date(string field, string? text, int index = -1)
            {
                if (text == null || (!ok && report == null))
                {
                    return null;
                }

                if (PartialDate.TryParse(text, out PartialDate d, out string? problem))
                {
                    return d;
                }

                Bad(field, index, GraphErrorCode.InvalidDate, $"The '{field}' date of '{label}' is invalid: {problem}");
                return null;
            }

            PartialDate? from = Date("from", From), to = Date("to", To), at = Date("at", At), notBefore = Date("notBefore", NotBefore), notAfter = Date("notAfter", NotAfter);
            List<PartialDate>? observed = null;
            if (Observed != null)
            {
                observed = new List<PartialDate>(Observed.Count);
                for (int i = 0; i < Observed.Count; i++)
                {
                    if (Date("observed", Observed[i], i) is PartialDate o)
                    {
                        observed.Add(o);
                    }
                }
            }

            bool permanent = false;
            if (Time != null)
            {
                if (Time == "permanent")
                {
                    permanent = true;
                }
                else if (Time != "unknown")
                {
                    Bad("time", -1, GraphErrorCode.InvalidValue, $"The 'time' of relation '{label}' is '{Time}'; expected \"permanent\" (or \"unknown\", the same as no time fields).");
                }
            }

            Validity validity = Validity.Unknown;
            if (ok && !Validity.TryCreate(from, to, at, notBefore, notAfter, observed, Approximate, permanent, Event, out validity, out string field, out string error))
            {
                Bad(field, -1, GraphErrorCode.InvalidInterval, $"The time of relation '{label}' is contradictory: {error}");
            }

            RelationStatus status = RelationStatus.Stated;
            if (Status != null)
            {
                int s = Array.IndexOf(StatusNames, Status);
                if (s < 0)
                {
                    Bad("status", -1, GraphErrorCode.InvalidValue, $"The status of relation '{label}' is '{Status}'; expected one of {string.Join(", ", StatusNames)}.");
                }
                else
                {
                    status = (RelationStatus)s;
                }
            }

            if (Confidence.HasValue && (double.IsNaN(Confidence.Value) || Confidence.Value < 0 || Confidence.Value > 1))
            {
                Bad("confidence", -1, GraphErrorCode.InvalidValue, $"The confidence of relation '{label}' is {Confidence.Value.ToString(CultureInfo.InvariantCulture)}, which is not between 0 and 1.");
            }

            Citation[] citations = Citations == null || Citations.Count == 0 ? Array.Empty<Citation>() : new Citation[Citations.Count];
            for (int i = 0; i < citations.Length; i++)
            {
                CitationFields c = Citations![i];
                CitationEvidence evidence = CitationEvidence.None;
                if (c.Evidence != null)
                {
                    int e = Array.IndexOf(EvidenceNames, c.Evidence);
                    if (e < 1)
                    {
                        Bad("evidence", i, GraphErrorCode.InvalidValue, $"The evidence of citation {i + 1} of relation '{label}' is '{c.Evidence}'; expected observed or reported.");
                    }
                    else
                    {
                        evidence = (CitationEvidence)e;
                    }
                }

                citations[i] = new Citation(c.Source, c.Quote, c.Locator, evidence);
            }

            if (Id == null || Type == null || Source == null || Target == null || (!ok && report == null))
            {
                return false;
            }

            // With a bad value reported, the relation is still added (with what could be read), so that the builder reports
            // its other errors (an unknown entity, say) in the same pass; the errors already reported keep the graph from being built.
            builder.AddRelation(Id, Type, Source, Target, validity, Properties, citations, ok ? Confidence : null, status, Attribution, Note, About, position);
            return ok;
        }
    }
}
