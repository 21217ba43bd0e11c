using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Partners;

/// <summary>What lists of partners may be filtered and sorted by.</summary>
public static class PartnerListing
{
    public static readonly EntityListing<Partner> Definition = RecordListing.Of(
        new FilterDefinition<Partner>()
            .Scalar<StringOperationFilterInputType, string>("name", p => p.Name, "Organisation name.")
            .Scalar<StringOperationFilterInputType, string?>("description", p => p.Description, "Description text.")
            .ScalarList<ListFilterInputType<EnumOperationFilterInputType<PartnerRoleType>>, PartnerRole>("roles", p => p.Roles, "System-of-care roles.")
            .ObjectList<ListFilterInputType<ServiceAreaFilterInputType>, ServiceArea>("serviceAreas", p => p.ServiceAreas, ServiceAreaFilters.Definition, "Areas served."),
        new SortDefinition<Partner>(p => p.Name, p => p.Id)
            .Field("name", p => p.Name, "By name.")) with
    {
        // Always: the keys, and the service areas county lists group partners by. Other fields read the property of their name.
        Projection = new EntityProjection<Partner>(
            ["Id", "Key", "StateId", "ServiceAreas"],
            new Dictionary<string, string[]> { ["scope"] = ["ServiceAreas"], ["state"] = ["StateId"], ["programs"] = [], ["meetings"] = [], ["educatorResources"] = [] }),
    };
}

/// <summary><c>PartnerFilterInput</c>.</summary>
public sealed class PartnerFilterInputType() : FilterInputType("PartnerFilterInput", "partners", PartnerListing.Definition.Filters);

/// <summary><c>PartnerSortInput</c>.</summary>
public sealed class PartnerSortInputType() : SortInputType("PartnerSortInput", "partners", PartnerListing.Definition.Sorts);
