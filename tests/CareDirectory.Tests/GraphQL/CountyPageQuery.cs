namespace CareDirectory.Tests.GraphQL;

/// <summary>The county page as a county website would ask for it: one request.</summary>
public static class CountyPageQuery
{
    public const string Text = """
        query CountyPage($state: String!, $slug: String!, $partners: Int) {
          county(state: $state, slug: $slug) {
            id name slug fips
            state { code name systemOfCareName timeZone }
            accessPoints { name phone phoneE164 tollFree hours available24x7 whoMayCall referralSteps }
            partners(first: $partners) {
              totalCount
              pageInfo { hasNextPage endCursor }
              nodes {
                id name roles scope website
                phones { number e164 tollFree }
                provenance { source lastVerified }
                programs {
                  totalCount
                  nodes {
                    id name scope
                    serviceTypes { code name }
                    eligibility { minimumAge maximumAge populations description }
                    availability { available24x7 description }
                    responseTime typicalDuration
                    cost { free paymentOptions description }
                    referral { whoRefers howToRefer phone formName }
                    components { position name }
                  }
                }
              }
            }
            meetings { totalCount nodes { id title kind scope audiences schedule { text hasTimes } organizer { name } resources { nodes { title resourceKind } } } }
            educatorResources { totalCount nodes { id title resourceKind scope url audiences topics durationMinutes owner { name } } }
          }
        }
        """;
}
