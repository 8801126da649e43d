namespace Chokepoint.Evidence.Tests;

public sealed class ShareClaimEvaluationTests
{
    [Fact]
    public void Evaluation_set_has_at_least_eighty_labelled_sentences()
    {
        Assert.True(EvaluationSet.Load().Count >= 80);
    }

    [Fact]
    public void Share_claim_rules_reach_ninety_percent_precision_and_recall_on_the_evaluation_set()
    {
        var score = EvaluationSet.Run(EvaluationSet.Load());

        var report = $"precision {score.Precision:0.000} ({score.Matched}/{score.Predicted}), recall {score.Recall:0.000} ({score.Matched}/{score.Expected})\n" + string.Join("\n", score.Misses);
        Assert.True(score.Precision >= 0.9 && score.Recall >= 0.9, report);
    }

    [Fact]
    public void Share_claim_rules_reach_eighty_percent_precision_and_recall_on_the_held_out_sentences()
    {
        var score = EvaluationSet.Run(EvaluationSet.Load("share-claims-holdout.tsv"));

        var report = $"precision {score.Precision:0.000} ({score.Matched}/{score.Predicted}), recall {score.Recall:0.000} ({score.Matched}/{score.Expected})\n" + string.Join("\n", score.Misses);
        Assert.True(score.Precision >= 0.8 && score.Recall >= 0.8, report);
    }
}
