using CareDirectory.Domain;
using CareDirectory.GraphQL.Common;
using CareDirectory.GraphQL.Filtering;
using CareDirectory.GraphQL.Listing;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Sorting;

namespace CareDirectory.GraphQL.Meetings;

/// <summary>What lists of meetings may be filtered and sorted by.</summary>
public static class MeetingListing
{
    public static readonly EntityListing<Meeting> Definition = RecordListing.Of(
        new FilterDefinition<Meeting>()
            .Scalar<StringOperationFilterInputType, string>("title", m => m.Title, "Meeting title.")
            .Scalar<StringOperationFilterInputType, string?>("description", m => m.Description, "Description text.")
            .Scalar<EnumOperationFilterInputType<MeetingKindType>, MeetingKind>("kind", m => m.Kind, "Kind of meeting.")
            .ScalarList<ListFilterInputType<EnumOperationFilterInputType<AudienceType>>, Audience>("audiences", m => m.Audiences, "Who it is for.")
            .Scalar<EnumOperationFilterInputType<AttendanceModeType>, AttendanceMode>("attendanceMode", m => m.AttendanceMode, "How people attend.")
            .Scalar<StringOperationFilterInputType, string>("language", m => m.Language, "Language (BCP 47).")
            .Object<PartnerFilterInputType, Partner>("organizer", m => m.Organizer!, PartnerListing.Definition.Filters, "The partner that organises the meeting (meetings without one never match)."),
        new SortDefinition<Meeting>(m => m.Title, m => m.Id)
            .Field("title", m => m.Title, "By title.")
            .Field("kind", m => m.Kind, "By kind.")
            .OptionalRelated<PartnerSortInputType, Partner>("organizer", m => m.Organizer, PartnerListing.Definition.Sorts, "By the partner that organises the meeting (its fields); meetings without one come first ascending, last descending.")) with
    {
        // Always: the keys, and the county, state and organizer meetings are grouped by. Other fields read the property of their name.
        Projection = new EntityProjection<Meeting>(
            ["Id", "Key", "StateId", "CountyId", "OrganizerId"],
            new Dictionary<string, string[]> { ["scope"] = ["CountyId"], ["state"] = ["StateId"], ["county"] = ["CountyId"], ["organizer"] = ["OrganizerId"], ["resources"] = [] }),
    };
}

/// <summary><c>MeetingFilterInput</c>.</summary>
public sealed class MeetingFilterInputType() : FilterInputType("MeetingFilterInput", "meetings", MeetingListing.Definition.Filters);

/// <summary><c>MeetingSortInput</c>.</summary>
public sealed class MeetingSortInputType() : SortInputType("MeetingSortInput", "meetings", MeetingListing.Definition.Sorts);
