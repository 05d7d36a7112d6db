using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Formats
{
    /// <summary>The typed columns of a set of property maps, for formats that declare property types up front (GraphML, GEXF, Neo4j CSV).</summary>
    /// <remarks>A property that has several types across items is widened: integers and reals become reals; any other mix becomes text.</remarks>
    internal static class PropertyColumns
    {
        /// <summary>The type of a column.</summary>
        internal enum ColumnType
        {
            Text,
            Long,
            Double,
            Boolean,
            TextList,
        }

        /// <summary>Gets every property name in first-seen order with its (widened) type.</summary>
        public static List<KeyValuePair<string, ColumnType>> Of(IEnumerable<PropertyMap> maps)
        {
            var order = new List<string>();
            var types = new Dictionary<string, ColumnType>();
            foreach (PropertyMap map in maps)
            {
                foreach (KeyValuePair<string, object> p in map)
                {
                    ColumnType t = TypeOf(p.Value);
                    if (!types.TryGetValue(p.Key, out ColumnType known))
                    {
                        order.Add(p.Key);
                        types[p.Key] = t;
                    }
                    else if (known != t)
                    {
                        types[p.Key] = (known == ColumnType.Long && t == ColumnType.Double) || (known == ColumnType.Double && t == ColumnType.Long) ? ColumnType.Double : ColumnType.Text;
                    }
                }
            }

            return order.Select(k => new KeyValuePair<string, ColumnType>(k, types[k])).ToList();
        }

        /// <summary>Gets the column type of one value.</summary>
        public static ColumnType TypeOf(object value) => value switch
        {
            long => ColumnType.Long,
            double => ColumnType.Double,
            bool => ColumnType.Boolean,
            string => ColumnType.Text,
            _ => ColumnType.TextList,
        };
    }
}
