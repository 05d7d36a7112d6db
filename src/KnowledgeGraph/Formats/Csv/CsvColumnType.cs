using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;

namespace KnowledgeGraph.Formats.Csv
{
    /// <summary>
    /// How the cells of a property column are read, named by the end of the column's header: none (the cell's text is
    /// typed by its look, as CSV files of other tools are read), <c>:string</c> (every cell is text as it stands) or
    /// <c>:json</c> (every cell is one JSON value: a string, an integer, a number, <c>true</c>/<c>false</c> or an array of
    /// strings). <see cref="CsvGraphWriter"/> writes a suffix only on a column whose values the plain reading would change
    /// (text that reads as a number or boolean, lists, empty text), so that other files read as they always did; the
    /// <c>aliases</c> column is <c>aliases:json</c> when an alias holds <c>;</c> or surrounding spaces.
    /// </summary>
    internal static class CsvColumnType
    {
        /// <summary>The suffix of a column of text.</summary>
        public const string TextSuffix = ":string";

        /// <summary>The suffix of a column of JSON values.</summary>
        public const string JsonSuffix = ":json";

        /// <summary>The aliases column holding a JSON array of names.</summary>
        public const string JsonAliases = "aliases" + JsonSuffix;

        /// <summary>How a column's cells are read.</summary>
        public enum Mode : byte
        {
            /// <summary>Typed by its look: <c>true</c>/<c>false</c>, an integer, a number, else text.</summary>
            Plain,

            /// <summary>Text as it stands.</summary>
            Text,

            /// <summary>One JSON value.</summary>
            Json,
        }

        /// <summary>Splits a header into the property's written name and the mode its suffix names.</summary>
        public static (string Name, Mode Mode) Split(string header) =>
            header.Length > TextSuffix.Length && header.EndsWith(TextSuffix, StringComparison.OrdinalIgnoreCase) ? (header.Substring(0, header.Length - TextSuffix.Length), Mode.Text)
            : header.Length > JsonSuffix.Length && header.EndsWith(JsonSuffix, StringComparison.OrdinalIgnoreCase) ? (header.Substring(0, header.Length - JsonSuffix.Length), Mode.Json)
            : (header, Mode.Plain);

        /// <summary>Gets whether a plain cell of this text would not read back as the same text: empty (no property), or <c>true</c>/<c>false</c> or a number (typed).</summary>
        public static bool ReadsTyped(string text)
        {
            if (text.Length == 0 || text == "true" || text == "false")
            {
                return true;
            }

            char first = text[0];
            return ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.')
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        }

        /// <summary>Writes a property value as one JSON value.</summary>
        public static string ToJson(object value) => value switch
        {
            string s => JsonConvert.ToString(s),
            bool b => b ? "true" : "false",
            long l => l.ToString(CultureInfo.InvariantCulture),
            double d => Double(d),
            IEnumerable<string> list => JsonConvert.SerializeObject(list),
            _ => JsonConvert.ToString(PropertyMap.Format(value)),
        };

        /// <summary>Writes a double so that it reads back as a double (with a point or an exponent) and as the same one (the shortest round-trip form).</summary>
        public static string Double(double d)
        {
            string text = d.ToString("R", CultureInfo.InvariantCulture);
            return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 || text.IndexOf('N') >= 0 || text.IndexOf('I') >= 0 ? text : text + ".0";
        }

        /// <summary>Reads one JSON value of a cell: a string, an integer within 64 bits, a finite number, a boolean or an array of strings, written with double quotes, nothing after it.</summary>
        /// <param name="text">The cell.</param>
        /// <param name="value">The value: a <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/> or <see cref="string"/> array.</param>
        /// <param name="error">What is wrong, or <c>null</c>.</param>
        /// <returns>Whether the cell is such a value.</returns>
        public static bool TryParseJson(string text, out object? value, out string? error)
        {
            value = null;
            error = null;
            try
            {
                using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = 4 };
                if (!reader.Read())
                {
                    error = "it is empty";
                    return false;
                }

                if (reader.TokenType == JsonToken.StartArray)
                {
                    var items = new List<string>();
                    while (reader.Read() && reader.TokenType != JsonToken.EndArray)
                    {
                        if (reader.TokenType != JsonToken.String || reader.QuoteChar != '"')
                        {
                            error = "an array may hold only strings in double quotes";
                            return false;
                        }

                        items.Add((string)reader.Value!);
                    }

                    if (reader.TokenType != JsonToken.EndArray)
                    {
                        error = "the array is not closed";
                        return false;
                    }

                    value = items.ToArray();
                }
                else
                {
                    value = reader.TokenType switch
                    {
                        JsonToken.String when reader.QuoteChar == '"' => (string)reader.Value!,
                        JsonToken.Integer when reader.Value is long l => l,
                        JsonToken.Float when reader.Value is double d && !double.IsNaN(d) && !double.IsInfinity(d) => d,
                        JsonToken.Boolean => (bool)reader.Value!,
                        _ => null,
                    };
                    if (value == null)
                    {
                        error = "expected a string in double quotes, an integer within 64 bits, a finite number, true, false or an array of strings";
                        return false;
                    }
                }

                if (reader.Read())
                {
                    error = "something follows the value";
                    value = null;
                    return false;
                }

                return true;
            }
            catch (JsonException ex)
            {
                error = ex.Message.TrimEnd('.');
                value = null;
                return false;
            }
        }
    }
}
