using CareDirectory.Domain;

namespace CareDirectory.GraphQL.Counties;

/// <summary>A county a ZIP code lies in, with the ZIP's share in it when the reference data has one.</summary>
public sealed record ZipCounty(County County, double? Share);
