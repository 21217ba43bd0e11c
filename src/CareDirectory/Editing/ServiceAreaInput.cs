using CareDirectory.Domain;

namespace CareDirectory.Editing;

/// <summary>An area as an editor gives it: a kind and a code (state code, county FIPS, LAN number, ZIP or city).</summary>
public sealed class ServiceAreaInput
{
    public ServiceAreaKind Kind { get; set; }

    public string? Code { get; set; }

    public bool Partial { get; set; }

    public string? Note { get; set; }
}
