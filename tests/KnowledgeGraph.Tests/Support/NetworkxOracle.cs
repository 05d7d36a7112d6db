using System.Globalization;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;

namespace KnowledgeGraph.Tests.Support
{
    /// <summary>Runs a Python snippet with networkx (Debian's python3-networkx under /usr/bin/python3) and returns the JSON it prints.</summary>
    public static class NetworkxOracle
    {
        /// <summary>Runs <paramref name="script"/> (which must print one JSON document) and parses its output.</summary>
        public static JToken Run(string script)
        {
            string python = ExternalTool.RequirePython("networkx");
            var (code, output, error) = ExternalTool.Run(python, "-", script);
            code.Should().Be(0, "the networkx script failed: " + error);
            return JToken.Parse(output);
        }

        /// <summary>Builds a graph of "n{i}" entities of kind Company and relations of the given type from an edge list.</summary>
        public static Graph FromEdges(int nodes, (int Source, int Target)[] edges, string type = "DEPENDS_ON")
        {
            var b = new GraphBuilder();
            for (int i = 0; i < nodes; i++)
            {
                b.AddEntity("n" + i.ToString(CultureInfo.InvariantCulture), "Company", "Node " + i.ToString(CultureInfo.InvariantCulture));
            }

            for (int i = 0; i < edges.Length; i++)
            {
                b.AddRelation("e" + i.ToString(CultureInfo.InvariantCulture), type, "n" + edges[i].Source.ToString(CultureInfo.InvariantCulture), "n" + edges[i].Target.ToString(CultureInfo.InvariantCulture));
            }

            return b.Build();
        }

        /// <summary>Reads [[s, t], ...] into an edge array.</summary>
        public static (int Source, int Target)[] Edges(JToken token) => token.Select(e => ((int)e[0]!, (int)e[1]!)).ToArray();
    }
}
