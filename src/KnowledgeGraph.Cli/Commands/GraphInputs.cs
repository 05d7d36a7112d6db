using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using KnowledgeGraph.Merging;

namespace KnowledgeGraph.Cli.Commands
{
    /// <summary>The graph files of <c>kg match</c>, <c>kg review</c> and <c>kg merge</c>, each named for decisions and provenance (see <see cref="NamedGraph"/>).</summary>
    internal static class GraphInputs
    {
        /// <summary>Creates the argument: two or more graph files.</summary>
        public static Argument<string[]> Argument() => new Argument<string[]>("graphs")
        {
            Description = "Two or more graph files (JSON). Each is named by its one dataset, else by its file name: entities are referred to as NAME:ID.",
            Arity = new ArgumentArity(2, 100),
        };

        /// <summary>Loads the files and names them; names that clash get -2, -3….</summary>
        public static List<NamedGraph> Load(KgApp app, ParseResult parse, string[] files)
        {
            Vocabulary? vocabulary = app.LoadVocabulary(parse);
            var result = new List<NamedGraph>();
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string file in files)
            {
                KgApp.RequirePath(file, "graph");
                Graph graph = Graph.Load(file, app.LoadOptions(parse, vocabulary));
                string stem = Path.GetFileNameWithoutExtension(file);
                NamedGraph named;
                try
                {
                    named = NamedGraph.Of(graph, stem);
                }
                catch (System.ArgumentException)
                {
                    named = new NamedGraph("graph", graph);
                }

                string name = named.Name;
                for (int n = 2; !names.Add(name); n++)
                {
                    name = named.Name + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                result.Add(name == named.Name ? named : new NamedGraph(name, graph));
            }

            return result;
        }

        /// <summary>Loads the decisions file an option names, or the empty set.</summary>
        public static DecisionSet LoadDecisions(string? file)
        {
            if (file == null)
            {
                return DecisionSet.Empty;
            }

            return DecisionSet.Load(KgApp.RequirePath(file, "--decisions"));
        }
    }
}
