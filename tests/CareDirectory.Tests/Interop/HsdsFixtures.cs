using CareDirectory.Hsds;
using CareDirectory.Tests.Infrastructure;

namespace CareDirectory.Tests.Interop;

/// <summary>The official HSDS example package (copied into Fixtures/) and one shared set of built schemas (they are large).</summary>
public static class HsdsFixtures
{
    public static string CsvExample => Path.Combine(RepositoryPaths.Root, "tests", "CareDirectory.Tests", "Interop", "Fixtures", "hsds-csv");

    public static HsdsSchemas Schemas { get; } = new();
}
