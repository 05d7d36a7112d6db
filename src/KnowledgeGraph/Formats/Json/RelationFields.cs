using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// The fields of one relation as a reader found them, before their values are checked; and, for writers, the
    /// knowledge-graph/2 time and certainty fields of a relation under the names every format uses.
    /// </summary>
    /// <remarks>
    /// <para>Every reader fills it (the JSON readers from tokens, JGF from edge metadata, GraphML from edge data,
    /// N-Triples from statement triples, CSV from columns), checking only the shape its format gives a value, and calls
    /// <see cref="TryAdd"/> (or <see cref="TryResolve"/>), the one routine that checks the values (dates, the time fields
    /// together through <see cref="Validity.TryCreate"/>, status, confidence, evidence): so no format accepts what another
    /// rejects, and the same bad value gives the same <see cref="GraphErrorCode"/> in every reader.</para>
    /// <para>Writers take the fields from <see cref="TimeAndCertainty"/>, in the order and under the names of the JSON
    /// format (<see cref="FieldNames"/>), so that a format adds a field once.</para>
    /// </remarks>
    internal sealed class RelationFields
    {
        /// <summary>The names of the relation statuses in files, by <see cref="RelationStatus"/> value.</summary>
        internal static readonly string[] StatusNames = { "stated", "alleged", "intended", "planned", "denied", "inferred" };

        /// <summary>The names of citation evidence in files, by <see cref="CitationEvidence"/> value (none is written as absent).</summary>
        internal static readonly string[] EvidenceNames = { "none", "observed", "reported" };

        /// <summary>
        /// The knowledge-graph/2 fields of a relation beyond <c>from</c>, <c>to</c>, <c>at</c> and <c>confidence</c>, in
        /// the order the JSON format writes them, with the shape of their values: what every other format writes too.
        /// </summary>
        internal static readonly (string Name, FieldShape Shape)[] FieldNames =
        {
            ("approximate", FieldShape.Flag), ("event", FieldShape.Flag), ("time", FieldShape.Text), ("notBefore", FieldShape.Date),
            ("notAfter", FieldShape.Date), ("observed", FieldShape.DateList), ("status", FieldShape.Text), ("attribution", FieldShape.Text),
            ("note", FieldShape.Text), ("about", FieldShape.Text),
        };

        /// <summary>The shape of the value of one of <see cref="FieldNames"/>.</summary>
        internal enum FieldShape
        {
            /// <summary>Free text or a name (<c>status</c>, <c>note</c>...).</summary>
            Text,

            /// <summary>A partial date as text.</summary>
            Date,

            /// <summary>A list of partial dates.</summary>
            DateList,

            /// <summary>A boolean, written only when true.</summary>
            Flag,
        }

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

        /// <summary>Gets the flags whose text was neither true nor false (reported by <see cref="TryResolve"/>).</summary>
        private List<(string Field, string Text)>? BadFlags { get; set; }

        /// <summary>
        /// Gets the values of the time and certainty fields of a relation that are set, by name (see <see cref="FieldNames"/>):
        /// <c>true</c> for a flag, a string, or a string array for <c>observed</c>.
        /// </summary>
        /// <param name="relation">The relation.</param>
        /// <param name="stated">True for the time as written (the formats that read back: the citations' evidence is
        /// written on the citations and derived again on reading); false for the time the graph answers on, evidence
        /// included (the formats that are only written).</param>
        /// <returns>The set fields, in the order of <see cref="FieldNames"/>.</returns>
        internal static IEnumerable<KeyValuePair<string, object>> TimeAndCertainty(Relation relation, bool stated)
        {
            Validity v = stated ? relation.StatedValidity : relation.Validity;
            if (v.IsApproximate)
            {
                yield return new KeyValuePair<string, object>("approximate", true);
            }

            if (v.IsEvent && !v.IsInstant)
            {
                yield return new KeyValuePair<string, object>("event", true);
            }

            if (v.IsPermanent)
            {
                yield return new KeyValuePair<string, object>("time", "permanent");
            }

            if (v.NotBefore is PartialDate nb)
            {
                yield return new KeyValuePair<string, object>("notBefore", nb.ToString());
            }

            if (v.NotAfter is PartialDate na)
            {
                yield return new KeyValuePair<string, object>("notAfter", na.ToString());
            }

            if (v.Observed.Count > 0)
            {
                yield return new KeyValuePair<string, object>("observed", v.Observed.Select(o => o.ToString()).ToArray());
            }

            if (relation.Status != RelationStatus.Stated)
            {
                yield return new KeyValuePair<string, object>("status", StatusNames[(int)relation.Status]);
            }

            if (relation.Attribution != null)
            {
                yield return new KeyValuePair<string, object>("attribution", relation.Attribution);
            }

            if (relation.Note != null)
            {
                yield return new KeyValuePair<string, object>("note", relation.Note);
            }

            if (relation.About != null)
            {
                yield return new KeyValuePair<string, object>("about", relation.About.Id);
            }
        }

        /// <summary>Gets the name a citation's evidence is written with, or <c>null</c> for none.</summary>
        /// <param name="evidence">The evidence.</param>
        /// <returns>The name.</returns>
        internal static string? EvidenceName(CitationEvidence evidence) => evidence == CitationEvidence.None ? null : EvidenceNames[(int)evidence];

        /// <summary>
        /// Sets one of <see cref="FieldNames"/> from its text, as a format without typed values holds it (a GraphML
        /// <c>data</c>, a CSV cell, an RDF literal): a flag reads <c>true</c>/<c>1</c> or <c>false</c>/<c>0</c> (anything else
        /// is reported by <see cref="TryResolve"/>); <c>observed</c> adds one date. Empty text sets nothing.
        /// </summary>
        /// <param name="name">The field name.</param>
        /// <param name="text">The text.</param>
        /// <returns><c>false</c> when <paramref name="name"/> is not one of the fields.</returns>
        public bool SetText(string name, string text)
        {
            bool empty = text.Length == 0;
            switch (name)
            {
                case "approximate":
                    Approximate = !empty && Flag(name, text);
                    return true;
                case "event":
                    Event = !empty && Flag(name, text);
                    return true;
                case "time":
                    Time = empty ? null : text;
                    return true;
                case "notBefore":
                    NotBefore = empty ? null : text;
                    return true;
                case "notAfter":
                    NotAfter = empty ? null : text;
                    return true;
                case "observed":
                    if (!empty)
                    {
                        (Observed ??= new List<string>()).Add(text);
                    }

                    return true;
                case "status":
                    Status = empty ? null : text;
                    return true;
                case "attribution":
                    Attribution = empty ? null : text;
                    return true;
                case "note":
                    Note = empty ? null : text;
                    return true;
                case "about":
                    About = empty ? null : text;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Sets every field back to its default, so that a streaming reader can use one instance for all its relations (<see cref="TryAdd"/> keeps nothing of it).</summary>
        public void Clear()
        {
            Id = Type = Source = Target = From = To = At = NotBefore = NotAfter = Time = Status = Attribution = Note = About = null;
            Observed = null;
            Approximate = Event = false;
            Properties = PropertyMap.Empty;
            Confidence = null;
            Citations = null;
            BadFlags = null;
        }

        private bool Flag(string name, string text)
        {
            string t = text.Trim();
            if (t == "true" || t == "1")
            {
                return true;
            }

            if (t != "false" && t != "0")
            {
                (BadFlags ??= new List<(string, string)>()).Add((name, text));
            }

            return false;
        }

        /// <summary>
        /// Checks the values and adds the relation to <paramref name="builder"/>. On the first bad value it calls
        /// <paramref name="report"/> (field name, index in an array field or -1, error code, message) when given and
        /// keeps checking; it returns false when any value was bad, and then adds nothing.
        /// </summary>
        public bool TryAdd(GraphBuilder builder, TextPosition position, Action<string, int, GraphErrorCode, string>? report)
        {
            bool ok = TryResolve(report, out Validity validity, out RelationStatus status, out Citation[] citations);
            if (Id == null || Type == null || Source == null || Target == null || (!ok && report == null))
            {
                return false;
            }

            // With a bad value reported, the relation is still added (with what could be read), so that the builder reports
            // its other errors (an unknown entity, say) in the same pass; the errors already reported keep the graph from being built.
            builder.AddRelation(Id, Type, Source, Target, validity, Properties, citations, ok ? Confidence : null, status, Attribution, Note, About, position);
            return ok;
        }

        /// <summary>
        /// Checks the values that need nothing of the graph (dates, the time fields together, status, confidence,
        /// evidence) and turns them into a validity, a status and citations. On a bad value it calls
        /// <paramref name="report"/> when given and keeps checking (without it, it stops at the first); returns false
        /// when any value was bad.
        /// </summary>
        public bool TryResolve(Action<string, int, GraphErrorCode, string>? report, out Validity validity, out RelationStatus status, out Citation[] citations)
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

            if (BadFlags != null)
            {
                foreach ((string flag, string text) in BadFlags)
                {
                    Bad(flag, -1, GraphErrorCode.InvalidValue, $"The '{flag}' of relation '{label}' is '{text}'; expected true or false.");
                }
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

            validity = Validity.Unknown;
            if (ok && !Validity.TryCreate(from, to, at, notBefore, notAfter, observed, Approximate, permanent, Event, out validity, out string field, out string error))
            {
                Bad(field, -1, GraphErrorCode.InvalidInterval, $"The time of relation '{label}' is contradictory: {error}");
            }

            status = RelationStatus.Stated;
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

            if (GraphBuilder.ConfidenceProblem(label, Confidence) is string confidenceProblem)
            {
                Bad("confidence", -1, GraphErrorCode.InvalidValue, confidenceProblem);
            }

            citations = Citations == null || Citations.Count == 0 ? Array.Empty<Citation>() : new Citation[Citations.Count];
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

            return ok;
        }
    }
}
