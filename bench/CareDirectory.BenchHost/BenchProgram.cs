using CareDirectory.Bench.Synthetic;
using CareDirectory.Cli;
using CareDirectory.Hosting;

namespace CareDirectory.Bench;

/// <summary>
/// The bench host: the product's own command line and application, plus the plain county page and SQL counter
/// endpoints (<see cref="BenchEndpoints"/>) and the <c>generate</c> command for synthetic data sets.
/// </summary>
public static class BenchProgram
{
    public static Task<int> Main(string[] args) =>
        CommandLine.RunAsync(args, new ApplicationExtensions
        {
            Services = builder => builder.Services.AddBench().AddCacheBench(),
            Endpoints = app => app.MapBenchEndpoints().MapCacheBenchEndpoints(),
        }, [GenerateCommand.Create()]);
}
