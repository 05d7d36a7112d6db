using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using KnowledgeGraph.Formats.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Formats.GraphML
{
    /// <summary>Reads a GraphML file written by <see cref="GraphMLWriter"/> (one that carries this library's keys) back into a <see cref="Graph"/>.</summary>
    /// <remarks>
    /// Keys are matched by <c>attr.name</c>, not by id, so a file re-saved by another tool that kept the names still
    /// reads. A node without a <c>kind</c> or an edge without a <c>type</c> is an error: a foreign GraphML file
    /// has no way to say what its nodes are. Every error is reported at once, with its line.
    /// </remarks>
    public static class GraphMLReader
    {
        /// <summary>Reads a GraphML file.</summary>
        /// <param name="path">The file.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The file is not well-formed or lacks this library's keys; every error is listed.</exception>
        public static Graph ReadFile(string path, Vocabulary? vocabulary = null)
        {
            using FileStream fs = File.OpenRead(path);
            return Read(fs, path, vocabulary);
        }

        /// <summary>Parses GraphML text.</summary>
        /// <param name="xml">The text.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed or lacks this library's keys.</exception>
        public static Graph Parse(string xml, string? fileName = null, Vocabulary? vocabulary = null)
        {
            using var sr = new StringReader(xml);
            return Read(sr, fileName, vocabulary);
        }

        /// <summary>Reads GraphML from a stream.</summary>
        /// <param name="stream">The stream.</param>
        /// <param name="fileName">The name to report in errors, or <c>null</c>.</param>
        /// <param name="vocabulary">The vocabulary; the default when <c>null</c>.</param>
        /// <returns>The graph.</returns>
        /// <exception cref="GraphValidationException">The text is not well-formed or lacks this library's keys.</exception>
        public static Graph Read(Stream stream, string? fileName = null, Vocabulary? vocabulary = null)
        {
            using var sr = new StreamReader(stream);
            return Read(sr, fileName, vocabulary);
        }

        private static Graph Read(TextReader reader, string? fileName, Vocabulary? vocabulary)
        {
            XDocument doc;
            try
            {
                using XmlReader xr = XmlReader.Create(reader, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                doc = XDocument.Load(xr, LoadOptions.SetLineInfo);
            }
            catch (XmlException ex)
            {
                throw new GraphValidationException(new[] { new GraphError(GraphErrorCode.MalformedJson, "The file is not well-formed XML: " + ex.Message, null, fileName, ex.LineNumber, ex.LinePosition) });
            }

            XNamespace ns = GraphMLWriter.Namespace;
            var errors = new List<GraphError>();
            var keys = new Dictionary<string, (string For, string Name, string Type)>(StringComparer.Ordinal);
            XElement root = doc.Root!;
            foreach (XElement k in root.Elements(ns + "key"))
            {
                string? id = (string?)k.Attribute("id");
                if (id != null)
                {
                    keys[id] = ((string?)k.Attribute("for") ?? "all", (string?)k.Attribute("attr.name") ?? id, (string?)k.Attribute("attr.type") ?? "string");
                }
            }

            XElement? g = root.Element(ns + "graph");
            if (g == null)
            {
                throw new GraphValidationException(new[] { Err(fileName, root, GraphErrorCode.InvalidField, "The file has no <graph> element.", null) });
            }

            var builder = new GraphBuilder(vocabulary);
            Dictionary<string, string> gd = DataOf(g, ns, keys);
            builder.Title = Get(gd, "title");
            builder.Description = Get(gd, "description");
            if (Get(gd, "format") != GraphMLWriter.FormatMarker)
            {
                errors.Add(Err(fileName, g, GraphErrorCode.UnsupportedFormat, $"The graph has no 'format' data of '{GraphMLWriter.FormatMarker}': the file was not written by this library, and its nodes carry no kind.", null));
                throw new GraphValidationException(errors);
            }

            foreach (JObject s in ParseArray(Get(gd, "sources"), fileName, g, errors).OfType<JObject>())
            {
                string? kindName = (string?)s["kind"];
                SourceKind kind = kindName != null && SourceKinds.TryParse(kindName, out SourceKind sk) ? sk : SourceKind.Other;
                PartialDate? date = null;
                if ((string?)s["date"] is string ds)
                {
                    date = ParseDate(ds, fileName, g, errors, (string?)s["id"]);
                }

                builder.AddSource(new Source((string?)s["id"] ?? string.Empty, kind, (string?)s["title"] ?? string.Empty, (string?)s["publisher"], date, (string?)s["url"], (string?)s["citedIn"]), Pos(fileName, g));
            }

            foreach (XElement n in g.Elements(ns + "node"))
            {
                string id = (string?)n.Attribute("id") ?? string.Empty;
                Dictionary<string, string> d = DataOf(n, ns, keys);
                string? kind = Get(d, "kind");
                if (kind == null)
                {
                    errors.Add(Err(fileName, n, GraphErrorCode.InvalidField, $"The node '{id}' has no 'kind' data.", id));
                    continue;
                }

                var aliases = ParseArray(Get(d, "aliases"), fileName, n, errors).Select(t => (string?)t).Where(t => t != null).Cast<string>().ToList();
                var xids = ParseArray(Get(d, "externalIds"), fileName, n, errors).OfType<JObject>()
                    .Select(x => new ExternalId((string?)x["scheme"] ?? string.Empty, (string?)x["value"] ?? string.Empty, (string?)x["source"], (string?)x["note"])).ToList();
                builder.AddEntity(id, kind, Get(d, "name") ?? string.Empty, aliases, Get(d, "description"), Props(d, keys, "node", fileName, n, errors), xids, Pos(fileName, n));
            }

            foreach (XElement e in g.Elements(ns + "edge"))
            {
                string id = (string?)e.Attribute("id") ?? string.Empty;
                Dictionary<string, string> d = DataOf(e, ns, keys);
                string? type = Get(d, "type");
                if (type == null)
                {
                    errors.Add(Err(fileName, e, GraphErrorCode.InvalidField, $"The edge '{id}' has no 'type' data.", id));
                    continue;
                }

                Validity validity = Validity.Always;
                if (Get(d, "at") is string at)
                {
                    PartialDate? a = ParseDate(at, fileName, e, errors, id);
                    validity = a.HasValue ? Validity.Instant(a.Value) : Validity.Always;
                }
                else
                {
                    PartialDate? from = Get(d, "from") is string f ? ParseDate(f, fileName, e, errors, id) : null;
                    PartialDate? to = Get(d, "to") is string t ? ParseDate(t, fileName, e, errors, id) : null;
                    try
                    {
                        validity = Validity.Between(from, to);
                    }
                    catch (ArgumentException ex)
                    {
                        errors.Add(Err(fileName, e, GraphErrorCode.InvalidInterval, $"The edge '{id}': {ex.Message}", id));
                    }
                }

                double? confidence = Get(d, "confidence") is string c && double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out double cv) ? cv : null;
                var citations = ParseArray(Get(d, "citations"), fileName, e, errors).OfType<JObject>()
                    .Select(x => new Citation((string?)x["source"] ?? string.Empty, (string?)x["quote"], (string?)x["locator"])).ToList();
                builder.AddRelation(id, type, (string?)e.Attribute("source") ?? string.Empty, (string?)e.Attribute("target") ?? string.Empty, validity, Props(d, keys, "edge", fileName, e, errors), citations, confidence, Pos(fileName, e));
            }

            if (errors.Count > 0)
            {
                throw new GraphValidationException(errors);
            }

            return builder.Build();
        }

        private static Dictionary<string, string> DataOf(XElement element, XNamespace ns, Dictionary<string, (string For, string Name, string Type)> keys)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (XElement data in element.Elements(ns + "data"))
            {
                string? key = (string?)data.Attribute("key");
                if (key != null)
                {
                    result[keys.TryGetValue(key, out var k) ? k.Name : key] = data.Value;
                }
            }

            return result;
        }

        private static string? Get(Dictionary<string, string> data, string name) => data.TryGetValue(name, out string? v) ? v : null;

        private static PropertyMap Props(Dictionary<string, string> data, Dictionary<string, (string For, string Name, string Type)> keys, string target, string? file, XElement at, List<GraphError> errors)
        {
            var pairs = new List<KeyValuePair<string, object>>();
            foreach (KeyValuePair<string, string> p in data)
            {
                if (p.Key.StartsWith("propList:", StringComparison.Ordinal))
                {
                    string[] list = ParseArray(p.Value, file, at, errors).Select(t => (string?)t ?? string.Empty).ToArray();
                    pairs.Add(new KeyValuePair<string, object>(p.Key.Substring("propList:".Length), list));
                }
                else if (p.Key.StartsWith("prop:", StringComparison.Ordinal))
                {
                    string type = keys.Values.FirstOrDefault(k => k.Name == p.Key && (k.For == target || k.For == "all")).Type ?? "string";
                    object value = type switch
                    {
                        "long" or "int" when long.TryParse(p.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long l) => l,
                        "double" or "float" when double.TryParse(p.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double dv) => dv,
                        "boolean" => string.Equals(p.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase),
                        _ => p.Value,
                    };
                    pairs.Add(new KeyValuePair<string, object>(p.Key.Substring("prop:".Length), value));
                }
            }

            return PropertyMap.From(pairs);
        }

        private static JArray ParseArray(string? json, string? file, XElement at, List<GraphError> errors)
        {
            if (string.IsNullOrEmpty(json))
            {
                return new JArray();
            }

            try
            {
                return JArray.Parse(json!);
            }
            catch (JsonReaderException ex)
            {
                errors.Add(Err(file, at, GraphErrorCode.InvalidValue, "A value that should be a JSON array is not: " + ex.Message, null));
                return new JArray();
            }
        }

        private static PartialDate? ParseDate(string text, string? file, XElement at, List<GraphError> errors, string? id)
        {
            if (PartialDate.TryParse(text, out PartialDate date, out string? error))
            {
                return date;
            }

            errors.Add(Err(file, at, GraphErrorCode.InvalidDate, error ?? "Invalid date.", id));
            return null;
        }

        private static TextPosition Pos(string? file, XElement e)
        {
            var li = (IXmlLineInfo)e;
            return new TextPosition(file, li.HasLineInfo() ? li.LineNumber : 0, li.HasLineInfo() ? li.LinePosition : 0);
        }

        private static GraphError Err(string? file, XElement e, GraphErrorCode code, string message, string? id) => Pos(file, e).Error(code, message, id);
    }
}
