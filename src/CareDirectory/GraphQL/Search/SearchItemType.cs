using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Programs;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Search;

/// <summary>The record a search hit stands for.</summary>
public sealed class SearchItemType : UnionGraphType
{
    public SearchItemType()
    {
        Name = "SearchItem";
        Description = "A record search can find: Partner and Program have `name`, Meeting and EducatorResource have `title`.";
        Type<PartnerType>();
        Type<ProgramType>();
        Type<MeetingType>();
        Type<EducatorResourceType>();
    }
}
