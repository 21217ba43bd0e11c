namespace CareDirectory.Domain;

/// <summary>A US state (or territory) that runs a children's system of care.</summary>
public sealed class State : Entity
{
    /// <summary>USPS code, upper case: <c>NJ</c>.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Two-digit Census FIPS code: <c>34</c>.</summary>
    public required string FipsCode { get; set; }

    /// <summary>IANA time zone used for meetings that name none: <c>America/New_York</c>.</summary>
    public required string TimeZone { get; set; }

    /// <summary>Name of the state's system of care, e.g. "Children's System of Care (CSOC)".</summary>
    public string? SystemOfCareName { get; set; }

    public string? SystemOfCareDescription { get; set; }

    public List<AccessPoint> AccessPoints { get; set; } = [];

    public List<County> Counties { get; set; } = [];
}
