using System;
using System.Collections.Generic;

namespace KnowledgeGraph.Formats
{
    /// <summary>
    /// Keeps an entity's or relation's own properties apart from the fields a format writes for kg's structure (<c>id</c>,
    /// <c>name</c>, <c>description</c>, <c>from</c>…): a property named like a structural field, or already starting with
    /// <see cref="Prefix"/>, is written with <see cref="Prefix"/> in front (<c>id</c> → <c>prop.id</c>,
    /// <c>prop.x</c> → <c>prop.prop.x</c>), so that no property overwrites or duplicates a structural field and the
    /// renaming is undone exactly by removing one prefix.
    /// </summary>
    internal static class PropertyNames
    {
        /// <summary>The prefix of a renamed property.</summary>
        public const string Prefix = "prop.";

        /// <summary>Gets the name to write for a property.</summary>
        /// <param name="name">The property's name.</param>
        /// <param name="structural">The structural field names of the format (ordinal).</param>
        /// <returns>The name, prefixed when it would collide.</returns>
        public static string Outside(string name, ICollection<string> structural) =>
            structural.Contains(name) || name.StartsWith(Prefix, StringComparison.Ordinal) ? Prefix + name : name;

        /// <summary>Gets the property's name back from a written name.</summary>
        /// <param name="written">The written name.</param>
        /// <returns>The property's name.</returns>
        public static string Inside(string written) =>
            written.StartsWith(Prefix, StringComparison.Ordinal) ? written.Substring(Prefix.Length) : written;
    }
}
