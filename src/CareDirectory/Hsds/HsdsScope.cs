namespace CareDirectory.Hsds;

/// <summary>Which part of the directory to export: everything, one state, or what serves one county (FIPS).</summary>
public sealed record HsdsScope(string? State = null, string? CountyFips = null);
