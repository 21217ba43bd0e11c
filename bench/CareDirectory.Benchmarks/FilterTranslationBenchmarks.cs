using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using CareDirectory.Domain;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Programs;

namespace CareDirectory.Benchmarks;

/// <summary>
/// Translating a nested <c>where</c> input into an expression tree: runs for every filtered list field of every
/// request, before EF Core sees the query.
/// </summary>
[MemoryDiagnoser]
public class FilterTranslationBenchmarks
{
    // Shaped as GraphQL.NET hands arguments over: dictionaries and lists.
    private readonly Dictionary<string, object?> _where = new()
    {
        ["and"] = new List<object?>
        {
            new Dictionary<string, object?> { ["name"] = new Dictionary<string, object?> { ["contains"] = "family" } },
            new Dictionary<string, object?>
            {
                ["serviceTypes"] = new Dictionary<string, object?>
                {
                    ["some"] = new Dictionary<string, object?> { ["code"] = new Dictionary<string, object?> { ["startsWith"] = "therapy" } },
                },
            },
        },
        ["or"] = new List<object?>
        {
            new Dictionary<string, object?> { ["eligibility"] = new Dictionary<string, object?> { ["minimumAge"] = new Dictionary<string, object?> { ["lte"] = 12 } } },
            new Dictionary<string, object?> { ["languages"] = new Dictionary<string, object?> { ["some"] = new Dictionary<string, object?> { ["eq"] = "es" } } },
        },
        ["status"] = new Dictionary<string, object?> { ["in"] = new List<object?> { ProgramStatus.Active } },
    };

    [Benchmark]
    public Expression<Func<CareProgram, bool>>? NestedProgramFilter() => FilterExpressionBuilder.Build(_where, ProgramListing.Definition.Filters);
}
