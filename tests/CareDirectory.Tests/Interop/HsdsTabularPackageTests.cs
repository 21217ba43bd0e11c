using CareDirectory.Hsds;

namespace CareDirectory.Tests.Interop;

public sealed class HsdsTabularPackageTests
{
    [Fact]
    public void TheOfficialExamplePackageAssemblesIntoValidCompiledRecords()
    {
        var problems = new List<HsdsProblem>();
        var records = HsdsTabularPackage.Read(HsdsFixtures.CsvExample, HsdsFixtures.Schemas, problems);

        Assert.Empty(problems);
        Assert.Equal(["TaxonomyTerm", "Organization", "Service"], records.Select(r => r.Kind.ToString()));
        var service = records.Single(r => r.Kind == HsdsRecordKind.Service);
        Assert.Equal("services.csv", service.File);
        Assert.Equal(2, service.Position);
        Assert.Equal("Example Organization Inc.", service.Value["organization"]!["name"]!.GetValue<string>());
        Assert.Equal(12, service.Value["minimum_age"]!.GetValue<double>());
        Assert.Equal("Urdu", service.Value["languages"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("ur", service.Value["service_at_locations"]![0]!["location"]!["languages"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("+44 1234 234567", service.Value["phones"]![0]!["number"]!.GetValue<string>().Trim('"'));
        foreach (var record in records)
        {
            Assert.Empty(HsdsFixtures.Schemas.Validate(record.Kind.Schema(), record.Value, record.File, record.Position));
        }
    }
}
