using CareDirectory.GraphQL.EducatorResources;
using CareDirectory.GraphQL.Meetings;
using CareDirectory.GraphQL.Partners;
using CareDirectory.GraphQL.Programs;
using GraphQL.Types;

namespace CareDirectory.GraphQL.Editing;

/// <summary>
/// The root mutation type. Every mutation needs <c>Authorization: Bearer &lt;key&gt;</c> (else a top-level
/// UNAUTHENTICATED error) and answers refusals (validation, scope, conflicts) as payload errors.
/// </summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        Description = "Change the directory with an API key (`Authorization: Bearer <key>`): partners, programs, meetings and educator resources within your key's scope.";
        PartnerMutations.AddTo(this);
        ProgramMutations.AddTo(this);
        MeetingMutations.AddTo(this);
        EducatorResourceMutations.AddTo(this);
        MarkVerifiedMutation.AddTo(this);
    }
}
