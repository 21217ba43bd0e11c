using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Nodes;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Programs;
using CareDirectory.GraphQL.Search;
using CareDirectory.GraphQL.ServiceTypes;
using CareDirectory.GraphQL.States;
using GraphQL.Types;

namespace CareDirectory.GraphQL;

/// <summary>The root query type; each feature adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        Description = "Read the directory: states, counties, partners, programs, meetings, educator resources and the service-type taxonomy, or search them all.";
        NodeQueries.AddTo(this);
        StateQueries.AddTo(this);
        CountyQueries.AddTo(this);
        PartnerQueries.AddTo(this);
        ProgramQueries.AddTo(this);
        MeetingQueries.AddTo(this);
        EducatorResourceQueries.AddTo(this);
        ServiceTypeQueries.AddTo(this);
        SearchQueries.AddTo(this);
    }
}
