namespace CareDirectory.Domain;

public enum ServiceAreaKind
{
    State,
    County,
    Lan,
    Zip,
    City,
}

/// <summary>An area an organisation or program covers. Illinois programs are served by Local Area Network (LAN), not county.</summary>
public sealed class ServiceArea
{
    public int Id { get; set; }

    public ServiceAreaKind Kind { get; set; }

    /// <summary>State code for <see cref="ServiceAreaKind.State"/>, FIPS for counties, LAN number, ZIP or city name.</summary>
    public required string Code { get; set; }

    public Guid StateId { get; set; }

    public Guid? CountyId { get; set; }

    public County? County { get; set; }

    /// <summary>True when only part of the area is served ("half of LAN 67").</summary>
    public bool Partial { get; set; }

    public string? Note { get; set; }
}
