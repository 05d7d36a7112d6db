using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using KnowledgeGraph.Annotations;
using KnowledgeGraph.Formats.Json;
using KnowledgeGraph.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static KnowledgeGraph.Formats.Json.JsonFields;

namespace KnowledgeGraph.Merging
{
    /// <summary>
    /// The judgements taken on candidate pairs, kept as data: a JSON file (<c>knowledge-graph-decisions/1</c>) reviewed in
    /// git beside the graphs, as the OpenSanctions resolver keeps its judgements.
    /// </summary>
    /// <remarks>
    /// <para>One decision per unordered pair; a later decision on a pair replaces the earlier (<see cref="With"/>). The file
    /// lists decisions sorted by their references, so saving the same decisions gives the same bytes whatever order
    /// they were taken in, and a new decision shows up as a small diff.</para>
    /// <code>
    /// {
    ///   "format": "knowledge-graph-decisions/1",
    ///   "decisions": [
    ///     { "left": "union-state:putin", "right": "wikidata-putin:q7747", "judgement": "same", "by": "ana", "at": "2026-11-30T19:50:00Z", "note": null }
    ///   ]
    /// }
    /// </code>
    /// <para>This type is immutable and safe to share between threads.</para>
    /// </remarks>
    [Immutable]
    public sealed class DecisionSet
    {
        /// <summary>The format name of a decisions file.</summary>
        public const string FormatName = "knowledge-graph-decisions/1";

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);
        private readonly Dictionary<string, MatchDecision> _byPair;

        private DecisionSet(Dictionary<string, MatchDecision> byPair)
        {
            _byPair = byPair;
            Decisions = byPair.Values.OrderBy(d => d.Left, StringComparer.Ordinal).ThenBy(d => d.Right, StringComparer.Ordinal).ToList();
        }

        /// <summary>Gets the empty set.</summary>
        public static DecisionSet Empty { get; } = new DecisionSet(new Dictionary<string, MatchDecision>(StringComparer.Ordinal));

        /// <summary>Gets the decisions, sorted by their left and right references.</summary>
        public IReadOnlyList<MatchDecision> Decisions { get; }

        /// <summary>Gets the number of decisions.</summary>
        public int Count => Decisions.Count;

        /// <summary>Gets the decision on a pair, in either order.</summary>
        /// <param name="a">One reference, <c>name:id</c>.</param>
        /// <param name="b">The other.</param>
        /// <returns>The decision, or <c>null</c> when the pair is open.</returns>
        public MatchDecision? Find(string a, string b) => _byPair.TryGetValue(MatchDecision.PairKey(a, b), out MatchDecision? d) ? d : null;

        /// <summary>Returns the set with a decision added, replacing an earlier one on the same pair.</summary>
        /// <param name="decision">The decision.</param>
        /// <returns>The new set.</returns>
        public DecisionSet With(MatchDecision decision)
        {
            if (decision == null)
            {
                throw new ArgumentNullException(nameof(decision));
            }

            var copy = new Dictionary<string, MatchDecision>(_byPair, StringComparer.Ordinal) { [decision.Key] = decision };
            return new DecisionSet(copy);
        }

        /// <summary>Makes a set of decisions; a later decision on a pair replaces an earlier one.</summary>
        /// <param name="decisions">The decisions.</param>
        /// <returns>The set.</returns>
        public static DecisionSet Of(IEnumerable<MatchDecision> decisions)
        {
            var byPair = new Dictionary<string, MatchDecision>(StringComparer.Ordinal);
            foreach (MatchDecision d in decisions)
            {
                byPair[d.Key] = d;
            }

            return new DecisionSet(byPair);
        }

        /// <summary>Loads a decisions file; a file that does not exist gives the empty set (a review starts from nothing).</summary>
        /// <param name="path">The file.</param>
        /// <returns>The decisions.</returns>
        /// <exception cref="GraphValidationException">The file is not a valid decisions file; every error names its line and column.</exception>
        public static DecisionSet Load(string path)
        {
            if (!File.Exists(path))
            {
                return Empty;
            }

            return Parse(File.ReadAllText(path, Encoding.UTF8), path);
        }

        /// <summary>Parses decisions from JSON text.</summary>
        /// <param name="json">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <returns>The decisions.</returns>
        /// <exception cref="GraphValidationException">The text is not a valid decisions file.</exception>
        public static DecisionSet Parse(string json, string? fileName = null)
        {
            var errors = new JsonErrorSink(fileName);
            JObject? root = JsonDocumentReader.ParseObject(json ?? throw new ArgumentNullException(nameof(json)), errors);
            if (root == null)
            {
                throw new GraphValidationException(errors.Errors);
            }

            string? format = errors.OptionalString(root, "format");
            if (format != FormatName)
            {
                errors.Add(GraphErrorCode.UnsupportedFormat, format == null ? $"The document has no 'format' field; expected \"format\": \"{FormatName}\"." : $"The format '{format}' is not a decisions file; expected '{FormatName}'.", null, root["format"] ?? root);
                throw new GraphValidationException(errors.Errors);
            }

            var byPair = new Dictionary<string, MatchDecision>(StringComparer.Ordinal);
            foreach (JObject item in errors.ObjectArray(root, "decisions"))
            {
                string? left = errors.RequiredString(item, "left", null);
                string? right = errors.RequiredString(item, "right", left);
                string label = left + " / " + right;
                string? judgementText = errors.RequiredString(item, "judgement", label);
                string? by = errors.RequiredString(item, "by", label);
                string? atText = errors.RequiredString(item, "at", label);
                string? note = errors.OptionalString(item, "note", label);
                if (left == null || right == null || judgementText == null || by == null || atText == null)
                {
                    continue;
                }

                if (!TryParseJudgement(judgementText, out Judgement judgement))
                {
                    errors.Add(GraphErrorCode.InvalidValue, $"The judgement '{judgementText}' of {label} is unknown; expected same, different or unsure.", label, item["judgement"]);
                    continue;
                }

                if (!DateTimeOffset.TryParseExact(atText, new[] { "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK" }, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at))
                {
                    errors.Add(GraphErrorCode.InvalidDate, $"The time '{atText}' of {label} is not an ISO 8601 UTC time (2026-11-30T19:50:00Z).", label, item["at"]);
                    continue;
                }

                MatchDecision decision;
                try
                {
                    decision = new MatchDecision(left, right, judgement, by, at, note);
                }
                catch (ArgumentException ex)
                {
                    errors.Add(GraphErrorCode.InvalidValue, FirstSentence(ex.Message), label, item);
                    continue;
                }

                if (byPair.ContainsKey(decision.Key))
                {
                    errors.Add(GraphErrorCode.DuplicateId, $"The pair {decision.Left} / {decision.Right} is decided twice.", label, item);
                    continue;
                }

                byPair.Add(decision.Key, decision);
            }

            if (errors.Errors.Count > 0)
            {
                throw new GraphValidationException(errors.Errors);
            }

            return new DecisionSet(byPair);
        }

        /// <summary>Saves the decisions atomically (<see cref="SafeFile"/>): a crash never leaves a half-written file.</summary>
        /// <param name="path">The file.</param>
        public void Save(string path) => SafeFile.Write(path, stream =>
        {
            byte[] bytes = Utf8.GetBytes(ToJson());
            stream.Write(bytes, 0, bytes.Length);
        });

        /// <summary>Gets the JSON text of the decisions, as <see cref="Save"/> writes it.</summary>
        /// <returns>The text: two-space indentation, <c>\n</c> line ends, a final newline.</returns>
        public string ToJson()
        {
            var sw = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            using (var w = new JsonTextWriter(sw) { Formatting = Formatting.Indented, Indentation = 2, IndentChar = ' ' })
            {
                w.WriteStartObject();
                w.WritePropertyName("format");
                w.WriteValue(FormatName);
                w.WritePropertyName("decisions");
                w.WriteStartArray();
                foreach (MatchDecision d in Decisions)
                {
                    w.WriteStartObject();
                    Prop(w, "left", d.Left);
                    Prop(w, "right", d.Right);
                    Prop(w, "judgement", JudgementName(d.Judgement));
                    Prop(w, "by", d.DecidedBy);
                    Prop(w, "at", FormatTime(d.DecidedAt));
                    Prop(w, "note", d.Note);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            return sw.ToString().Replace("\r\n", "\n") + "\n";
        }

        /// <summary>Gets the file name of a judgement: same, different, unsure.</summary>
        internal static string JudgementName(Judgement judgement) => judgement switch
        {
            Judgement.Same => "same",
            Judgement.Different => "different",
            _ => "unsure",
        };

        /// <summary>Formats a time as the file does: <c>2026-11-30T19:50:00Z</c> (UTC, whole seconds).</summary>
        internal static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>Parses a judgement name (same, different, unsure), ignoring case.</summary>
        internal static bool TryParseJudgement(string text, out Judgement judgement)
        {
            switch (text.Trim().ToLowerInvariant())
            {
                case "same":
                    judgement = Judgement.Same;
                    return true;
                case "different":
                    judgement = Judgement.Different;
                    return true;
                case "unsure":
                    judgement = Judgement.Unsure;
                    return true;
                default:
                    judgement = Judgement.Unsure;
                    return false;
            }
        }

        private static string FirstSentence(string message)
        {
            int i = message.IndexOf(" (Parameter", StringComparison.Ordinal);
            return i > 0 ? message.Substring(0, i) : message;
        }
    }
}
