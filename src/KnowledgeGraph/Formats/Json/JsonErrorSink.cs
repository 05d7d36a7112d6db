using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>Collects errors with their positions while a JSON document is read, and reads typed fields.</summary>
    internal sealed class JsonErrorSink
    {
        private readonly List<GraphError> _errors = new List<GraphError>();

        public JsonErrorSink(string? file)
        {
            File = file;
        }

        public string? File { get; }

        public IReadOnlyList<GraphError> Errors => _errors;

        public void Add(GraphErrorCode code, string message, string? id, JToken? token)
        {
            var info = token as IJsonLineInfo;
            int line = info != null && info.HasLineInfo() ? info.LineNumber : 0;
            int column = info != null && info.HasLineInfo() ? info.LinePosition : 0;
            _errors.Add(new GraphError(code, message, id, File, line, column));
        }

        public void Add(GraphError error) => _errors.Add(error);

        public string? RequiredString(JObject obj, string field, string? id)
        {
            JToken? token = obj[field];
            if (token == null || token.Type == JTokenType.Null)
            {
                Add(GraphErrorCode.InvalidField, id == null ? $"The field '{field}' is required." : $"'{id}' lacks the required field '{field}'.", id, obj);
                return null;
            }

            if (token.Type != JTokenType.String)
            {
                Add(GraphErrorCode.InvalidField, $"The field '{field}' must be a string, not {Describe(token)}.", id, token);
                return null;
            }

            string value = (string)token!;
            if (value.Length == 0)
            {
                Add(GraphErrorCode.InvalidField, $"The field '{field}' must not be empty.", id, token);
                return null;
            }

            return value;
        }

        public string? OptionalString(JObject obj, string field, string? id = null)
        {
            JToken? token = obj[field];
            if (token == null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token.Type != JTokenType.String)
            {
                Add(GraphErrorCode.InvalidField, $"The field '{field}' must be a string or null, not {Describe(token)}.", id, token);
                return null;
            }

            return (string)token!;
        }

        public bool? OptionalBool(JObject obj, string field, string? id = null)
        {
            JToken? token = obj[field];
            if (token == null || token.Type == JTokenType.Null)
            {
                return null;
            }

            if (token.Type != JTokenType.Boolean)
            {
                Add(GraphErrorCode.InvalidField, $"The field '{field}' must be true or false, not {Describe(token)}.", id, token);
                return null;
            }

            return (bool)token;
        }

        public IEnumerable<JObject> ObjectArray(JObject obj, string field, string? id = null)
        {
            JToken? token = obj[field];
            if (token == null || token.Type == JTokenType.Null)
            {
                return Enumerable.Empty<JObject>();
            }

            if (token is not JArray array)
            {
                Add(GraphErrorCode.InvalidField, $"The field '{field}' must be an array, not {Describe(token)}.", id, token);
                return Enumerable.Empty<JObject>();
            }

            var result = new List<JObject>(array.Count);
            foreach (JToken item in array)
            {
                if (item is JObject o)
                {
                    result.Add(o);
                }
                else
                {
                    Add(GraphErrorCode.InvalidField, $"Each item of '{field}' must be an object, not {Describe(item)}.", id, item);
                }
            }

            return result;
        }

        public IEnumerable<JToken> StringArray(JObject obj, string field, string? id = null)
        {
            JToken? token = obj[field];
            if (token == null || token.Type == JTokenType.Null)
            {
                return Enumerable.Empty<JToken>();
            }

            if (token is not JArray array)
            {
                Add(GraphErrorCode.InvalidField, $"The field '{field}' must be an array of strings, not {Describe(token)}.", id, token);
                return Enumerable.Empty<JToken>();
            }

            var result = new List<JToken>(array.Count);
            foreach (JToken item in array)
            {
                if (item.Type == JTokenType.String)
                {
                    result.Add(item);
                }
                else
                {
                    Add(GraphErrorCode.InvalidField, $"Each item of '{field}' must be a string, not {Describe(item)}.", id, item);
                }
            }

            return result;
        }

        public static string Describe(JToken token) => token.Type switch
        {
            JTokenType.Object => "an object",
            JTokenType.Array => "an array",
            JTokenType.Integer => "a number",
            JTokenType.Float => "a number",
            JTokenType.String => "a string",
            JTokenType.Boolean => "a boolean",
            JTokenType.Null => "null",
            _ => token.Type.ToString(),
        };
    }
}
