using CareDirectory.GraphQL.Caching;
using CareDirectory.GraphQL.Counties;
using CareDirectory.GraphQL.Editing;
using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Introspection;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Programs;
using CareDirectory.GraphQL.States;
using CareDirectory.GraphQL.Subscriptions;
using GraphQL.Types;

namespace CareDirectory.GraphQL;

/// <summary>The CareDirectory GraphQL schema.</summary>
public sealed class DirectorySchema : Schema
{
    public DirectorySchema(IServiceProvider services, QueryType query, MutationType mutation, SubscriptionType subscription)
        : base(services)
    {
        Description = "CareDirectory: children's behavioral-health systems of care, by state and county.";

        // Introspection as the current spec has it (docs/graphql-transport.md, "Introspection").
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        Filter = new SpecIntrospectionFilter();
        Directives.Register(new SpecifiedByDirective(), new OneOfDirective(), new CacheControlDirective());
        foreach (var scalar in SpecifiedScalars.Create())
        {
            RegisterType(scalar);
        }

        Query = query;
        Mutation = mutation;
        Subscription = subscription;

        // Types reachable only through the Node interface must be registered explicitly.
        RegisterType(typeof(StateType));
        RegisterType(typeof(CountyType));
        RegisterType(typeof(PartnerType));
        RegisterType(typeof(ProgramType));
        RegisterType(typeof(MeetingType));
        RegisterType(typeof(EducatorResourceType));
    }

    /// <summary>GraphQL.NET 8's introspection types lack some of the spec's fields; they are added as each is built.</summary>
    protected override void OnBeforeInitializeType(IGraphType graphType) => SpecIntrospectionFields.AddTo(graphType);
}
