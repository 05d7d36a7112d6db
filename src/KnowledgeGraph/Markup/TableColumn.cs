using System;
using KnowledgeGraph.Annotations;

namespace KnowledgeGraph.Markup
{
    /// <summary>A column of a <see cref="ResultTable"/>: its name and the type of its values.</summary>
    /// <remarks>This type is immutable and safe to share between threads.</remarks>
    [Immutable]
    public sealed class TableColumn
    {
        /// <summary>Creates a column.</summary>
        /// <param name="name">The name, in snake case (<c>entity_id</c>).</param>
        /// <param name="type">The type of the values: <see cref="string"/>, <see cref="int"/>, <see cref="long"/>, <see cref="double"/> or <see cref="bool"/>.</param>
        /// <exception cref="ArgumentException">The type is none of those.</exception>
        public TableColumn(string name, Type type)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            if (type != typeof(string) && type != typeof(int) && type != typeof(long) && type != typeof(double) && type != typeof(bool))
            {
                throw new ArgumentException($"A table column holds string, int, long, double or bool values, not {type}.", nameof(type));
            }

            Type = type;
        }

        /// <summary>Gets the name.</summary>
        public string Name { get; }

        /// <summary>Gets the type of the values; a missing value is <c>null</c> whatever the type.</summary>
        public Type Type { get; }

        /// <inheritdoc />
        public override string ToString() => Name + ": " + Type.Name;
    }
}
