namespace CareDirectory.Search.Tests.Elasticsearch;

/// <summary>Responses in the shape Elasticsearch 9 returns them (REST reference, typed_keys=true).</summary>
public static class ElasticsearchResponses
{
    public const string EmptySearch = """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]},
         "aggregations":{"sterms#kinds":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[]}}}
        """;

    public const string CrisisSearch = """
        {
          "took": 7, "timed_out": false,
          "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
          "hits": {
            "total": { "value": 3, "relation": "eq" },
            "max_score": 9.412,
            "hits": [
              {
                "_index": "caredirectory-20261125220000000", "_id": "nj-careplusnj-mrss", "_score": 9.412,
                "_source": { "id": "nj-careplusnj-mrss", "kind": "Partner" },
                "highlight": {
                  "description": [ "within one hour of notification to provide face-to-face <em>crisis</em> services." ],
                  "title": [ "CarePlusNJ Children&#x27;s <em>Mobile</em> <em>Response</em> and Stabilization Services" ]
                },
                "sort": [ 9.412, "nj-careplusnj-mrss" ]
              },
              {
                "_index": "caredirectory-20261125220000000", "_id": "il-jcfs-soc", "_score": 4.25,
                "_source": { "id": "il-jcfs-soc", "kind": "Program" },
                "highlight": { "components": [ "<em>Crisis</em> Intervention &amp; Response" ] },
                "sort": [ 4.25, "il-jcfs-soc" ]
              }
            ]
          },
          "aggregations": {
            "sterms#kinds": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "Partner", "doc_count": 2 }, { "key": "Program", "doc_count": 1 } ] },
            "sterms#serviceTypes": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "crisis", "doc_count": 3 }, { "key": "crisis.mobile-response", "doc_count": 2 } ] },
            "sterms#roles": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "MobileResponse", "doc_count": 2 }, { "key": "Provider", "doc_count": 1 } ] },
            "sterms#counties": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "17031", "doc_count": 1 }, { "key": "34003", "doc_count": 1 }, { "key": "34013", "doc_count": 1 } ] },
            "sterms#audiences": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "Youth", "doc_count": 3 } ] },
            "sterms#languages": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "en", "doc_count": 3 } ] }
          }
        }
        """;

    /// <summary><see cref="CrisisSearch"/>'s hits as a backward page reads them: lowest score first (sort <c>_score asc, id desc</c>).</summary>
    public const string CrisisSearchBackward = """
        {"took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"total":{"value":3,"relation":"eq"},"max_score":null,"hits":[
           {"_index":"caredirectory-20261125220000000","_id":"il-jcfs-soc","_score":4.25,
            "_source":{"id":"il-jcfs-soc","kind":"Program"},"sort":[4.25,"il-jcfs-soc"]},
           {"_index":"caredirectory-20261125220000000","_id":"nj-careplusnj-mrss","_score":9.412,
            "_source":{"id":"nj-careplusnj-mrss","kind":"Partner"},"sort":[9.412,"nj-careplusnj-mrss"]}]}}
        """;

    /// <summary>The phrase clause over <see cref="CrisisSearch"/>'s window: the second hit matches it, the first not (score 0).</summary>
    public const string CrisisPhraseRescore = """
        {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
         "hits":{"max_score":6.0,"hits":[
           {"_index":"caredirectory-20261125220000000","_id":"il-jcfs-soc","_score":6.0},
           {"_index":"caredirectory-20261125220000000","_id":"nj-careplusnj-mrss","_score":0.0}]}}
        """;

    public const string TooManyRequests = """
        {"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"}],
         "type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation"},"status":429}
        """;

    public const string ServiceUnavailable = """
        {"error":{"root_cause":[],"type":"search_phase_execution_exception","reason":"all shards failed","phase":"query",
         "grouped":true,"failed_shards":[]},"status":503}
        """;

    public const string BadRequest = """
        {"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"no mapping found for [title.sort] in order to sort on"}],
         "type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}
        """;
}
