using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>Parses JSON text into a tree that keeps line and column of every token, reporting malformed JSON as an error.</summary>
    internal static class JsonDocumentReader
    {
        private static readonly JsonLoadSettings Settings = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Load,
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            CommentHandling = CommentHandling.Ignore,
        };

        public static JObject? ParseObject(string json, JsonErrorSink errors)
        {
            try
            {
                using var reader = new StrictJsonTextReader(new StrictTextReader(new StringReader(json)));
                JToken token = JToken.ReadFrom(reader, Settings);
                if (reader.Read())
                {
                    errors.Add(new GraphError(GraphErrorCode.MalformedJson, "There is more after the end of the JSON document.", null, errors.File, reader.LineNumber, reader.LinePosition));
                    return null;
                }

                if (token is JObject obj)
                {
                    return obj;
                }

                errors.Add(GraphErrorCode.MalformedJson, $"The document must be a JSON object, not {JsonErrorSink.Describe(token)}.", null, token);
                return null;
            }
            catch (JsonReaderException ex)
            {
                errors.Add(new GraphError(GraphErrorCode.MalformedJson, "Malformed JSON: " + StripPosition(ex.Message), null, errors.File, System.Math.Max(1, ex.LineNumber), System.Math.Max(1, ex.LinePosition)));
                return null;
            }
        }

        /// <summary>Drops Json.NET's own "Path …, line …, position …" tail from a message (the error carries the position).</summary>
        internal static string StripPosition(string message)
        {
            int at = message.IndexOf(" Path '", System.StringComparison.Ordinal);
            if (at < 0)
            {
                at = message.IndexOf(", line ", System.StringComparison.Ordinal);
            }

            return at > 0 ? message.Substring(0, at).TrimEnd('.', ',') + "." : message;
        }
    }
}
