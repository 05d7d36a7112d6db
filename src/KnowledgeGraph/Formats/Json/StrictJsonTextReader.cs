using System.IO;
using System.Numerics;
using Newtonsoft.Json;

namespace KnowledgeGraph.Formats.Json
{
    /// <summary>
    /// A JSON token reader that refuses what Json.NET accepts beyond RFC 8259: single-quoted or unquoted strings and
    /// names, <c>NaN</c>, <c>Infinity</c> and numbers beyond the double range, <c>undefined</c> and <c>new Date(…)</c>.
    /// </summary>
    /// <remarks>
    /// Each refusal is a <see cref="JsonReaderException"/> with the line and column, which the readers report as
    /// malformed JSON. Integers beyond the 64-bit range are read (as <see cref="BigInteger"/>) and left to the caller,
    /// which names the field they are in. Comments stay allowed, as before.
    /// </remarks>
    internal sealed class StrictJsonTextReader : JsonTextReader
    {
        public StrictJsonTextReader(TextReader reader)
            : base(reader)
        {
            DateParseHandling = DateParseHandling.None;
            FloatParseHandling = FloatParseHandling.Double;
        }

        public override bool Read()
        {
            if (!base.Read())
            {
                return false;
            }

            switch (TokenType)
            {
                case JsonToken.String:
                case JsonToken.PropertyName:
                    if (QuoteChar != '"')
                    {
                        throw Refuse(TokenType == JsonToken.String ? "A string must be in double quotes." : "A property name must be in double quotes.");
                    }

                    break;
                case JsonToken.Float when Value is double d && (double.IsNaN(d) || double.IsInfinity(d)):
                    throw Refuse("NaN, Infinity and numbers beyond the range of a double are not JSON numbers; write the value as a string.");
                case JsonToken.Undefined:
                case JsonToken.StartConstructor:
                    throw Refuse("'undefined' and 'new …' are not JSON.");
            }

            return true;
        }

        private JsonReaderException Refuse(string message) => new JsonReaderException(message, Path, LineNumber, LinePosition, null);
    }
}
