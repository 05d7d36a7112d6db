using System;
using System.Collections.Generic;
using System.Linq;

namespace KnowledgeGraph.Tests.Architecture
{
    /// <summary>
    /// The layers of a library, lowest first: each layer holds modules, each module a few namespaces (a namespace counts
    /// with everything below it, except the root, which counts alone). A namespace may use namespaces of its own module
    /// and of lower layers; never a higher layer, never another module of its own layer.
    /// </summary>
    internal sealed class LayerMap
    {
        private readonly List<(string Namespace, bool Exact, int Layer, string Module)> _entries = new List<(string, bool, int, string)>();
        private readonly List<string> _layers = new List<string>();

        /// <summary>Gets the layers' names, lowest first.</summary>
        public IReadOnlyList<string> Layers => _layers;

        /// <summary>Gets the full names of types placed on their own (entries ending in <c>!</c> that name a type, not a namespace).</summary>
        /// <param name="assembly">The assembly whose types to look for.</param>
        /// <returns>The names.</returns>
        public IEnumerable<string> UnitTypes(System.Reflection.Assembly assembly) =>
            _entries.Where(e => e.Exact && assembly.GetType(e.Namespace) != null).Select(e => e.Namespace);

        /// <summary>Gets every namespace placed, with whether only that namespace (not those below it) is meant.</summary>
        public IEnumerable<(string Namespace, bool Exact)> Namespaces => _entries.Select(e => (e.Namespace, e.Exact));

        /// <summary>Adds a layer above those added so far.</summary>
        /// <param name="name">The layer's name.</param>
        /// <param name="modules">Its modules: a name and the namespaces; a namespace ending in <c>!</c> counts alone, without those below it, and so does a type's full name ending in <c>!</c> (an entry point placed apart from its namespace).</param>
        /// <returns>This map.</returns>
        public LayerMap Layer(string name, params (string Module, string[] Namespaces)[] modules)
        {
            foreach ((string module, string[] namespaces) in modules)
            {
                foreach (string ns in namespaces)
                {
                    bool exact = ns.EndsWith("!", StringComparison.Ordinal);
                    _entries.Add((exact ? ns.Substring(0, ns.Length - 1) : ns, exact, _layers.Count, module));
                }
            }

            _layers.Add(name);
            return this;
        }

        /// <summary>Places a namespace: the entry with the longest matching namespace wins.</summary>
        /// <param name="ns">The namespace.</param>
        /// <returns>Its layer and module, or <c>null</c> when no entry matches.</returns>
        public (int Layer, string Module)? Place(string ns)
        {
            (string Namespace, bool Exact, int Layer, string Module)? best = null;
            foreach (var e in _entries)
            {
                bool match = e.Exact ? string.Equals(ns, e.Namespace, StringComparison.Ordinal) : NamespaceDependencies.Within(ns, e.Namespace);
                if (match && (best == null || e.Namespace.Length > best.Value.Namespace.Length))
                {
                    best = e;
                }
            }

            return best == null ? null : (best.Value.Layer, best.Value.Module);
        }

        /// <summary>Lists every use of a namespace that the layers forbid, and every namespace no layer holds.</summary>
        /// <param name="dependencies">For each namespace, the namespaces it uses with an example of the use.</param>
        /// <returns>One line per problem, sorted; empty when the dependencies keep to the layers.</returns>
        public IReadOnlyList<string> Violations(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> dependencies)
        {
            var problems = new List<string>();
            foreach (KeyValuePair<string, IReadOnlyDictionary<string, string>> from in dependencies)
            {
                (int Layer, string Module)? a = Place(from.Key);
                if (a == null)
                {
                    problems.Add($"{from.Key} is in no layer: place it in the layer map and docs/ARCHITECTURE.md");
                    continue;
                }

                foreach (KeyValuePair<string, string> to in from.Value)
                {
                    (int Layer, string Module)? b = Place(to.Key);
                    if (b == null)
                    {
                        continue; // reported as the namespace in no layer when it is read itself
                    }

                    if (b.Value.Layer > a.Value.Layer)
                    {
                        problems.Add($"{from.Key} ({_layers[a.Value.Layer]}) uses {to.Key}, a higher layer ({_layers[b.Value.Layer]}): {to.Value}");
                    }
                    else if (b.Value.Layer == a.Value.Layer && b.Value.Module != a.Value.Module)
                    {
                        problems.Add($"{from.Key} ({a.Value.Module}) uses {to.Key}, another module of the same layer ({b.Value.Module}): {to.Value}");
                    }
                }
            }

            problems.Sort(StringComparer.Ordinal);
            return problems;
        }
    }
}
