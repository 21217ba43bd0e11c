using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.EducatorResources;

/// <summary>What lists of educator resources may be filtered and sorted by.</summary>
public static class EducatorResourceListing
{
    public static readonly EntityListing<EducatorResource> Definition = RecordListing.Of(
        new FilterDefinition<EducatorResource>()
            .Scalar<StringOperationFilterInputType, string>("title", r => r.Title, "Resource title.")
            .Scalar<StringOperationFilterInputType, string?>("description", r => r.Description, "Description text.")
            .Scalar<EnumOperationFilterInputType<ResourceKindType>, ResourceKind>("resourceKind", r => r.Kind, "Kind of resource.")
            .ScalarList<ListFilterInputType<EnumOperationFilterInputType<AudienceType>>, Audience>("audiences", r => r.Audiences, "Who it is for.")
            .ScalarList<ListFilterInputType<StringOperationFilterInputType>, string>("topics", r => r.Topics, "Topics from the controlled vocabulary.")
            .Scalar<StringOperationFilterInputType, string>("language", r => r.Language, "Language (BCP 47).")
            .Scalar<IntOperationFilterInputType, int?>("minimumAge", r => r.MinimumAge, "Youngest age it suits.")
            .Scalar<IntOperationFilterInputType, int?>("maximumAge", r => r.MaximumAge, "Oldest age it suits.")
            .Object<PartnerFilterInputType, Partner>("owner", r => r.Owner!, PartnerListing.Definition.Filters, "The partner that publishes the resource (resources without one never match)."),
        new SortDefinition<EducatorResource>(r => r.Title, r => r.Id)
            .Field("title", r => r.Title, "By title.")
            .Field("resourceKind", r => r.Kind, "By kind of resource.")
            .OptionalRelated<PartnerSortInputType, Partner>("owner", r => r.Owner, PartnerListing.Definition.Sorts, "By the partner that publishes the resource (its fields); resources without one come first ascending, last descending.")) with
    {
        // Always: the keys, and the county, state, owner and meeting resources are grouped by. Other fields read the property of their name.
        Projection = new EntityProjection<EducatorResource>(
            ["Id", "Key", "StateId", "CountyId", "OwnerId", "MeetingId"],
            new Dictionary<string, string[]> { ["resourceKind"] = ["Kind"], ["scope"] = ["CountyId"], ["state"] = ["StateId"], ["county"] = ["CountyId"], ["owner"] = ["OwnerId"], ["meeting"] = ["MeetingId"] }),
    };
}

/// <summary><c>EducatorResourceFilterInput</c>.</summary>
public sealed class EducatorResourceFilterInputType() : FilterInputType("EducatorResourceFilterInput", "educator resources", EducatorResourceListing.Definition.Filters);

/// <summary><c>EducatorResourceSortInput</c>.</summary>
public sealed class EducatorResourceSortInputType() : SortInputType("EducatorResourceSortInput", "educator resources", EducatorResourceListing.Definition.Sorts);
