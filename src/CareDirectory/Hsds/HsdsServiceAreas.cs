using CareDirectory.Domain;

namespace CareDirectory.Hsds;

/// <summary>
/// Our service areas in HSDS: <c>extent_type</c> "caredirectory" with <c>extent</c> "county:34003", "state:NJ",
/// "lan:67", "zip:07601" or "city:Chicago", suffixed ";partial" when only part of the area is served.
/// </summary>
public static class HsdsServiceAreas
{
    public const string ExtentType = "caredirectory";

    public static string Extent(ServiceArea area) =>
        $"{area.Kind.ToString().ToLowerInvariant()}:{area.Code}{(area.Partial ? ";partial" : "")}";

    public static string Name(ServiceArea area, HsdsPlaces places) => area.Kind switch
    {
        ServiceAreaKind.County => places.CountyByFips(area.Code) is { } county ? $"{county.Name} County" : area.Code,
        ServiceAreaKind.State => places.StateByCode(area.Code)?.Name ?? area.Code,
        ServiceAreaKind.Lan => $"LAN {area.Code}",
        _ => area.Code,
    };

    /// <summary>The state that state or county areas name, if any.</summary>
    public static Guid? StateOf(IEnumerable<ServiceArea?> areas) =>
        areas.FirstOrDefault(a => a is { Kind: ServiceAreaKind.State or ServiceAreaKind.County })?.StateId;

    /// <summary>Our area from an extent we wrote, or from a county name in the import's state; null when neither fits.</summary>
    public static ServiceArea? Parse(string? extent, string? name, Guid stateId, HsdsPlaces places)
    {
        if (extent is not null && extent.Split(':', 2) is [var kindText, var rest] && Enum.TryParse<ServiceAreaKind>(kindText, ignoreCase: true, out var kind))
        {
            var partial = rest.EndsWith(";partial", StringComparison.Ordinal);
            var code = partial ? rest[..^";partial".Length] : rest;
            var county = kind == ServiceAreaKind.County ? places.CountyByFips(code) : null;
            if (kind == ServiceAreaKind.County && county is null)
            {
                return null;
            }

            var state = kind == ServiceAreaKind.State ? places.StateByCode(code) : null;
            return new ServiceArea { Kind = kind, Code = code, Partial = partial, CountyId = county?.Id, StateId = county?.StateId ?? state?.Id ?? stateId };
        }

        return name is not null && places.CountyByName(stateId, name) is { } named
            ? new ServiceArea { Kind = ServiceAreaKind.County, Code = named.Fips, CountyId = named.Id, StateId = named.StateId }
            : null;
    }
}
