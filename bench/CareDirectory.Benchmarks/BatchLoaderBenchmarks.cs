using BenchmarkDotNet.Attributes;
using CareDirectory.GraphQL.DataLoaders;
using GraphQL.DataLoader;

namespace CareDirectory.Benchmarks;

/// <summary>
/// The batch loader's own cost for one level of a query: 100 loads, one dispatch, 100 results. The fetch returns at
/// once, so what is measured is the loader's bookkeeping, not a database.
/// </summary>
[MemoryDiagnoser]
public class BatchLoaderBenchmarks
{
    private const int Keys = 100;
    private readonly IReadOnlyDictionary<int, string> _values = Enumerable.Range(0, Keys).ToDictionary(k => k, k => $"value {k}");

    [Benchmark]
    public async Task<int> Dispatch100Keys()
    {
        var loader = new BatchLoader<int, string>((keys, _) => Task.FromResult(_values), string.Empty);
        var results = new IDataLoaderResult<string>[Keys];
        for (var key = 0; key < Keys; key++)
        {
            results[key] = loader.Load(key);
        }

        var length = 0;
        foreach (var result in results)
        {
            length += (await result.GetResultAsync()).Length;
        }

        return length;
    }
}
