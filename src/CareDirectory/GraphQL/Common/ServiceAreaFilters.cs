using CareDirectory.Domain;
using CareDirectory.GraphQL.Filtering;

namespace CareDirectory.GraphQL.Common;

/// <summary>Conditions on a service area (inside <c>serviceAreas: { some: ... }</c>).</summary>
public static class ServiceAreaFilters
{
    public static readonly FilterDefinition<ServiceArea> Definition = new FilterDefinition<ServiceArea>()
        .Scalar<EnumOperationFilterInputType<ServiceAreaKindType>, ServiceAreaKind>("kind", a => a.Kind, "How wide the area is.")
        .Scalar<StringOperationFilterInputType, string>("code", a => a.Code, "State code, county FIPS, LAN, ZIP or city.")
        .Scalar<BooleanOperationFilterInputType, bool>("partial", a => a.Partial, "Only part of the area is served.");
}

/// <summary><c>ServiceAreaFilterInput</c>.</summary>
public sealed class ServiceAreaFilterInputType() : FilterInputType("ServiceAreaFilterInput", "service areas", ServiceAreaFilters.Definition);
