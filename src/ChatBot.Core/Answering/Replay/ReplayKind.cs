namespace ChatBot.Core.Answering.Replay;

/// <summary>What the scripted model replies to a labelled question in the replay evaluation.</summary>
public enum ReplayKind
{
    /// <summary>The item's answer (or the passage sentence holding its evidence), each sentence cited to the passage holding the evidence.</summary>
    Faithful,

    /// <summary>The faithful answer joined with a sentence of another retrieved passage, citing both passages.</summary>
    FaithfulTwoSources,

    /// <summary>The faithful answer followed by the decline sentence (the model declines part of the question).</summary>
    PartialDecline,

    /// <summary>A number of the faithful answer changed to one its passage does not hold.</summary>
    ChangedNumber,

    /// <summary>A person's name replaced by another person's the corpus names elsewhere (not in the cited passage).</summary>
    SwappedName,

    /// <summary>A person's name replaced by another person's that the cited passage also names (the hard case).</summary>
    SwappedNameSamePassage,

    /// <summary>A month of the faithful answer replaced by one its passage does not hold.</summary>
    ChangedMonth,

    /// <summary>An invented sentence appended with the evidence passage's marker (or, for an unanswerable item, the whole reply).</summary>
    InventedSentence,

    /// <summary>The faithful answer cited to the highest-ranked passage that does not hold the evidence.</summary>
    WrongPassage,

    /// <summary>The faithful answer with no markers at all.</summary>
    NoMarkers,

    /// <summary>The faithful answer negated ("was" → "was not").</summary>
    Negated,

    /// <summary>The faithful answer joined with a sentence of another retrieved passage under the evidence passage's marker only.</summary>
    MergedPassages,

    /// <summary>The prompt's decline sentence, exactly.</summary>
    Decline,
}
