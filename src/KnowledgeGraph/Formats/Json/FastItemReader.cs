using System.Collections.Generic;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// Reads one entity or relation of the JSON format straight from the token stream, without a token tree, for the
    /// streaming path of <see cref="GraphJsonReader"/>. It knows only valid items: on anything it would have to report
    /// (a missing or mistyped field, a bad date, a repeated name) it gives up, and the whole document is then read by
    /// the path that reports every error with its line and column. So it reports nothing itself; it must accept
    /// exactly what <c>ReadEntity</c>/<c>ReadRelation</c> accept without error, and build the same items.
    /// </summary>
    /// <remarks>Not thread-safe (it reuses a set of seen names).</remarks>
    internal sealed class FastItemReader
    {
        private static readonly JsonLoadSettings Strict = new JsonLoadSettings
        {
            LineInfoHandling = LineInfoHandling.Ignore,
            DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
            CommentHandling = CommentHandling.Ignore,
        };

        private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _seenInner = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _keys = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly RelationFields _relation = new RelationFields();

        /// <summary>Reads an entity (the reader is on its StartObject) and adds it; false when it is not plainly valid.</summary>
        public bool TryReadEntity(JsonTextReader r, GraphBuilder builder)
        {
            string? id = null, kind = null, name = null, description = null;
            string[] aliases = System.Array.Empty<string>();
            PropertyMap properties = PropertyMap.Empty;
            List<ExternalId>? externalIds = null;
            _seen.Clear();
            while (true)
            {
                if (!TryNextField(r, out string? field))
                {
                    return false;
                }

                if (field == null)
                {
                    break;
                }

                bool ok;
                switch (field)
                {
                    case "id":
                        ok = Required(r, out id);
                        break;
                    case "kind":
                        ok = Required(r, out kind);
                        break;
                    case "name":
                        ok = Required(r, out name);
                        break;
                    case "description":
                        ok = Optional(r, out description);
                        break;
                    case "aliases":
                        ok = StringList(r, out aliases);
                        break;
                    case "properties":
                        ok = Properties(r, out properties);
                        break;
                    case "externalIds":
                        ok = ExternalIds(r, externalIds ??= new List<ExternalId>());
                        break;
                    default:
                        ok = Skip(r);
                        break;
                }

                if (!ok)
                {
                    return false;
                }
            }

            if (id == null || kind == null || name == null)
            {
                return false;
            }

            builder.AddEntity(id, kind, name, aliases, description, properties, externalIds?.Count > 0 ? externalIds.ToArray() : null, default);
            return true;
        }

        /// <summary>Reads a relation (the reader is on its StartObject) and adds it; false when it is not plainly valid.</summary>
        /// <remarks>It checks only JSON types; the values are checked by <see cref="RelationFields.TryAdd"/>, the routine the slow path uses too.</remarks>
        public bool TryReadRelation(JsonTextReader r, GraphBuilder builder)
        {
            RelationFields f = _relation;
            f.Clear();
            _seen.Clear();
            while (true)
            {
                if (!TryNextField(r, out string? field))
                {
                    return false;
                }

                if (field == null)
                {
                    break;
                }

                bool ok;
                string? text;
                bool? flag;
                switch (field)
                {
                    case "id":
                        ok = Required(r, out text);
                        f.Id = text;
                        break;
                    case "type":
                        ok = Required(r, out text);
                        f.Type = text;
                        break;
                    case "source":
                        ok = Required(r, out text);
                        f.Source = text;
                        break;
                    case "target":
                        ok = Required(r, out text);
                        f.Target = text;
                        break;
                    case "from":
                        ok = Optional(r, out text);
                        f.From = text;
                        break;
                    case "to":
                        ok = Optional(r, out text);
                        f.To = text;
                        break;
                    case "at":
                        ok = Optional(r, out text);
                        f.At = text;
                        break;
                    case "notBefore":
                        ok = Optional(r, out text);
                        f.NotBefore = text;
                        break;
                    case "notAfter":
                        ok = Optional(r, out text);
                        f.NotAfter = text;
                        break;
                    case "time":
                        ok = Optional(r, out text);
                        f.Time = text;
                        break;
                    case "status":
                        ok = Optional(r, out text);
                        f.Status = text;
                        break;
                    case "attribution":
                        ok = Optional(r, out text);
                        f.Attribution = text;
                        break;
                    case "note":
                        ok = Optional(r, out text);
                        f.Note = text;
                        break;
                    case "about":
                        ok = Optional(r, out text);
                        f.About = text;
                        break;
                    case "approximate":
                        ok = Bool(r, out flag);
                        f.Approximate = flag ?? false;
                        break;
                    case "event":
                        ok = Bool(r, out flag);
                        f.Event = flag ?? false;
                        break;
                    case "observed":
                        ok = StringList(r, out string[] observed);
                        f.Observed = r.TokenType == JsonToken.Null ? null : new List<string>(observed);
                        break;
                    case "properties":
                        ok = Properties(r, out PropertyMap properties);
                        f.Properties = properties;
                        break;
                    case "confidence":
                        ok = Number(r, out double? confidence);
                        f.Confidence = confidence;
                        break;
                    case "citations":
                        ok = Citations(r, f.Citations ??= new List<CitationFields>());
                        break;
                    default:
                        ok = Skip(r);
                        break;
                }

                if (!ok)
                {
                    return false;
                }
            }

            return f.Id != null && f.Type != null && f.Source != null && f.Target != null && f.TryAdd(builder, default, null);
        }

        private static bool Bool(JsonTextReader r, out bool? value)
        {
            value = r.TokenType == JsonToken.Boolean ? (bool)r.Value! : null;
            return r.TokenType == JsonToken.Boolean || r.TokenType == JsonToken.Null;
        }

        private static bool Required(JsonTextReader r, out string? value)
        {
            value = r.TokenType == JsonToken.String ? (string)r.Value! : null;
            return !string.IsNullOrEmpty(value);
        }

        private static bool Optional(JsonTextReader r, out string? value)
        {
            value = r.TokenType == JsonToken.String ? (string)r.Value! : null;
            return r.TokenType == JsonToken.String || r.TokenType == JsonToken.Null;
        }

        private static bool Number(JsonTextReader r, out double? value)
        {
            value = null;
            switch (r.TokenType)
            {
                case JsonToken.Null:
                    return true;
                case JsonToken.Float when r.Value is double d:
                    value = d;
                    return true;
                case JsonToken.Integer when r.Value is long l:
                    value = l;
                    return true;
                default:
                    return false;
            }
        }

        private static bool StringList(JsonTextReader r, out string[] values)
        {
            values = System.Array.Empty<string>();
            if (r.TokenType == JsonToken.Null)
            {
                return true;
            }

            if (r.TokenType != JsonToken.StartArray)
            {
                return false;
            }

            var list = new List<string>();
            while (r.Read())
            {
                if (r.TokenType == JsonToken.EndArray)
                {
                    values = list.Count == 0 ? System.Array.Empty<string>() : list.ToArray();
                    return true;
                }

                if (r.TokenType != JsonToken.String)
                {
                    return false;
                }

                list.Add((string)r.Value!);
            }

            return false;
        }

        private bool Properties(JsonTextReader r, out PropertyMap properties)
        {
            properties = PropertyMap.Empty;
            if (r.TokenType == JsonToken.Null)
            {
                return true;
            }

            if (r.TokenType != JsonToken.StartObject)
            {
                return false;
            }

            var pairs = new List<KeyValuePair<string, object>>();
            _seenInner.Clear();
            while (r.Read())
            {
                if (r.TokenType == JsonToken.EndObject)
                {
                    properties = PropertyMap.From(pairs);
                    return true;
                }

                if (r.TokenType != JsonToken.PropertyName)
                {
                    return false;
                }

                string key = (string)r.Value!;
                if (_keys.TryGetValue(key, out string? shared))
                {
                    key = shared; // one string per property name, however many items carry it
                }
                else if (_keys.Count < 4096)
                {
                    _keys.Add(key, key);
                }

                if (key.Length == 0 || !_seenInner.Add(key) || !r.Read())
                {
                    return false;
                }

                object? value;
                switch (r.TokenType)
                {
                    case JsonToken.String:
                        value = (string)r.Value!;
                        break;
                    case JsonToken.Integer when r.Value is long l:
                        value = l;
                        break;
                    case JsonToken.Float when r.Value is double d:
                        value = d;
                        break;
                    case JsonToken.Boolean:
                        value = (bool)r.Value!;
                        break;
                    case JsonToken.StartArray:
                        if (!StringList(r, out string[] list))
                        {
                            return false;
                        }

                        value = list;
                        break;
                    default:
                        return false;
                }

                pairs.Add(new KeyValuePair<string, object>(key, value));
            }

            return false;
        }

        private bool ExternalIds(JsonTextReader r, List<ExternalId> ids) => ObjectArray(r, ids, x =>
        {
            string? scheme = x["scheme"]?.Type == JTokenType.String ? (string?)x["scheme"] : null;
            string? value = x["value"]?.Type == JTokenType.String ? (string?)x["value"] : null;
            return string.IsNullOrEmpty(scheme) || string.IsNullOrEmpty(value) || !OptionalField(x, "source", out string? source) || !OptionalField(x, "note", out string? note)
                ? null
                : new ExternalId(scheme!, value!, source, note);
        });

        private bool Citations(JsonTextReader r, List<CitationFields> citations) => ObjectArray(r, citations, c =>
        {
            string? source = c["source"]?.Type == JTokenType.String ? (string?)c["source"] : null;
            return string.IsNullOrEmpty(source) || !OptionalField(c, "quote", out string? quote) || !OptionalField(c, "locator", out string? locator) || !OptionalField(c, "evidence", out string? evidence)
                ? null
                : new CitationFields(source!, quote, locator, evidence);
        });

        /// <summary>Reads null or an array of objects, each turned into an item by <paramref name="read"/> (null for an irregular object); false on anything irregular.</summary>
        private static bool ObjectArray<T>(JsonTextReader r, List<T> items, System.Func<JObject, T?> read)
            where T : class
        {
            if (r.TokenType == JsonToken.Null)
            {
                return true;
            }

            if (r.TokenType != JsonToken.StartArray)
            {
                return false;
            }

            while (r.Read())
            {
                if (r.TokenType == JsonToken.EndArray)
                {
                    return true;
                }

                if (r.TokenType != JsonToken.StartObject || JToken.ReadFrom(r, Strict) is not JObject obj || read(obj) is not T item)
                {
                    return false;
                }

                items.Add(item);
            }

            return false;
        }

        private static bool OptionalField(JObject obj, string field, out string? value)
        {
            JToken? token = obj[field];
            value = token?.Type == JTokenType.String ? (string?)token : null;
            return token == null || token.Type == JTokenType.Null || token.Type == JTokenType.String;
        }

        /// <summary>Reads a field the reader does not use through a strict token tree, so that a repeated name inside it still counts as an error.</summary>
        private static bool Skip(JsonTextReader r)
        {
            JToken.ReadFrom(r, Strict);
            return true;
        }

        /// <summary>
        /// Moves to the next field of an object and onto its value. Returns false on anything irregular (a repeated
        /// field, a token that is not a field name, the end of the input); otherwise true, with <paramref name="field"/>
        /// null when the object has ended.
        /// </summary>
        private bool TryNextField(JsonTextReader r, out string? field)
        {
            field = null;
            if (!r.Read())
            {
                return false;
            }

            if (r.TokenType == JsonToken.EndObject)
            {
                return true;
            }

            if (r.TokenType != JsonToken.PropertyName)
            {
                return false;
            }

            string name = (string)r.Value!;
            if (!_seen.Add(name) || !r.Read())
            {
                return false;
            }

            field = name;
            return true;
        }
    }
}
