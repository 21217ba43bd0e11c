using System.Reflection;
using Xunit.Abstractions;

namespace CareDirectory.Tests.Architecture;

/// <summary>
/// The components of the executable (its top-level folders) and the arrows between them, measured from the compiled
/// IL. Adapters depend on Core, Data and Search (other assemblies, checked by AssemblyReferenceTests) and on Editing,
/// the write use cases; never on each other except the arrows declared here. docs/architecture.md explains them.
/// </summary>
public sealed class LayeringTests(ITestOutputHelper output)
{
    private static readonly Assembly _product = Assembly.Load("CareDirectory");
    private static readonly Lazy<AssemblyDependencies> _dependencies = new(() => AssemblyDependencies.Read(_product));
    private static readonly Lazy<ComponentGraph> _graph = new(() => ComponentGraph.Of(_product, _dependencies.Value));

    /// <summary>What each component may use inside the executable. A component missing here fails the test.</summary>
    private static readonly Dictionary<string, string[]> _allowed = new(StringComparer.Ordinal)
    {
        // The command line composes everything: serve, migrate, seed, import, export, reindex, keys.
        ["Cli"] = ["Calendars", "ChangeFeed", "Editing", "GraphQL", "Hosting", "Hsds", "Observability", "SearchSync", "Seeding"],

        // The web host maps every adapter's endpoints and services; the CLI starts it, never the other way round.
        ["Hosting"] = ["Calendars", "ChangeFeed", "Editing", "GraphQL", "Hsds", "Observability", "SearchSync", "Seeding"],

        // Mutations call the write use cases; the response cache takes its data version from the change-log follower;
        // subscriptions take their events from the change hub (#19). Nothing else: the search fields read the index
        // through Search, not through the worker that fills it.
        ["GraphQL"] = ["ChangeFeed", "Editing"],

        // Seed files and HSDS imports write records, so they may share the write use cases.
        ["Seeding"] = ["Editing"],
        ["Hsds"] = ["Editing"],

        // The write use cases and the read-only adapters stand on Core, Data and Search alone.
        ["Editing"] = [],
        ["Calendars"] = [],
        // Search sync consumes the process's one change-log follower, as the response cache and subscriptions will.
        ["SearchSync"] = ["ChangeFeed"],
        ["ChangeFeed"] = [],
        ["Observability"] = [],
    };

    [Fact]
    public void ScanResolvesEveryMetadataToken()
    {
        output.WriteLine($"{_dependencies.Value.Uses.Count} distinct type uses");

        Assert.True(_dependencies.Value.Unresolved.Count == 0, string.Join(Environment.NewLine, _dependencies.Value.Unresolved));
    }

    [Fact]
    public void ComponentsHaveNoCycle()
    {
        output.WriteLine(_graph.Value.ToString());

        var cycles = _graph.Value.Cycles().Select(_graph.Value.Describe).ToList();

        Assert.True(cycles.Count == 0, string.Join(Environment.NewLine, cycles));
    }

    [Fact]
    public void EveryComponentIsInTheLayeringTable()
    {
        var undeclared = _graph.Value.Components.Where(c => !_allowed.ContainsKey(c)).ToList();

        Assert.True(undeclared.Count == 0, $"Declare what {string.Join(", ", undeclared)} may use in LayeringTests._allowed");
    }

    [Fact]
    public void ComponentsUseOnlyWhatTheLayeringAllows()
    {
        output.WriteLine(_graph.Value.ToString());
        // A scan that silently saw nothing would pass every rule: the host must be seen wiring up GraphQL.
        Assert.Contains("GraphQL", _graph.Value.DependenciesOf("Hosting"));

        var violations = (
            from component in _graph.Value.Components
            where _allowed.ContainsKey(component)
            from used in _graph.Value.DependenciesOf(component)
            where !_allowed[component].Contains(used)
            from use in _graph.Value.Witnesses(component, used)
            select $"{component} -> {used}: {use.User.FullName} uses {use.Used.FullName}").ToList();

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
