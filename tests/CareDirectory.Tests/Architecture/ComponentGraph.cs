using System.Reflection;

namespace CareDirectory.Tests.Architecture;

/// <summary>
/// The components of one assembly — the first namespace segment after <c>CareDirectory.</c>, so
/// <c>CareDirectory.GraphQL.Counties</c> is GraphQL — and which of them use which, with the type uses behind each arrow.
/// </summary>
public sealed class ComponentGraph
{
    private const string Prefix = "CareDirectory.";

    private readonly SortedDictionary<string, SortedDictionary<string, List<TypeUse>>> _arrows = new(StringComparer.Ordinal);

    private ComponentGraph()
    {
    }

    public IEnumerable<string> Components => _arrows.Keys;

    /// <summary>Only uses between types of the assembly itself: other assemblies are checked by their references.</summary>
    public static ComponentGraph Of(Assembly assembly, AssemblyDependencies dependencies)
    {
        var graph = new ComponentGraph();
        foreach (var type in assembly.GetTypes())
        {
            if (ComponentOf(type) is { } component)
            {
                graph.ArrowsFrom(component);
            }
        }

        foreach (var use in dependencies.Uses.Where(u => u.Used.Assembly == assembly))
        {
            if (ComponentOf(use.User) is { } from && ComponentOf(use.Used) is { } to && from != to)
            {
                var witnesses = graph.ArrowsFrom(from);
                if (!witnesses.TryGetValue(to, out var uses))
                {
                    witnesses[to] = uses = [];
                }

                uses.Add(use);
            }
        }

        return graph;
    }

    /// <summary>Null for types outside CareDirectory (Program, anonymous types, compiler-emitted attributes).</summary>
    public static string? ComponentOf(Type type)
    {
        var name = AssemblyDependencies.TopLevel(type).Namespace;
        if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = name[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    public IEnumerable<string> DependenciesOf(string component) =>
        _arrows.TryGetValue(component, out var arrows) ? arrows.Keys : [];

    /// <summary>The type uses behind an arrow, in a stable order so failure messages do not change between runs.</summary>
    public IReadOnlyList<TypeUse> Witnesses(string from, string to) =>
        _arrows.TryGetValue(from, out var arrows) && arrows.TryGetValue(to, out var uses)
            ? [.. uses.OrderBy(u => u.User.FullName, StringComparer.Ordinal).ThenBy(u => u.Used.FullName, StringComparer.Ordinal)]
            : [];

    /// <summary>One cycle per back edge of a depth-first search, each as a path that ends where it starts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        void Visit(string component)
        {
            path.Add(component);
            foreach (var next in DependenciesOf(component))
            {
                var onPath = path.IndexOf(next);
                if (onPath >= 0)
                {
                    cycles.Add([.. path[onPath..], next]);
                }
                else if (!done.Contains(next))
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            done.Add(component);
        }

        foreach (var component in Components.Where(c => !done.Contains(c)).ToList())
        {
            Visit(component);
        }

        return cycles;
    }

    /// <summary>"A -> B -> A via X uses Y; Y uses Z": the path and the first type use behind each of its arrows.</summary>
    public string Describe(IReadOnlyList<string> path)
    {
        var arrows = path.Zip(path.Skip(1), (from, to) => Witnesses(from, to)[0]).Select(u => $"{u.User.FullName} uses {u.Used.FullName}");
        return $"{string.Join(" -> ", path)} via {string.Join("; ", arrows)}";
    }

    /// <summary>Every arrow with how many type uses it has and a few examples, for the test output.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Components.Select(from =>
    {
        var arrows = DependenciesOf(from).Select(to =>
        {
            var uses = Witnesses(from, to);
            var examples = uses.Take(3).Select(u => $"{u.User.Name} uses {u.Used.Name}");
            return $"    -> {to} ({uses.Count} uses, e.g. {string.Join(", ", examples)})";
        });
        return string.Join(Environment.NewLine, [from, .. arrows]);
    }));

    private SortedDictionary<string, List<TypeUse>> ArrowsFrom(string component)
    {
        if (!_arrows.TryGetValue(component, out var arrows))
        {
            _arrows[component] = arrows = new SortedDictionary<string, List<TypeUse>>(StringComparer.Ordinal);
        }

        return arrows;
    }
}
