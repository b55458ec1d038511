/// Invented Danish names for the agents; any resemblance to real persons is coincidental.
enum AgentNames {
    static let first = [
        "Anne", "Mette", "Kirsten", "Hanne", "Helle", "Susanne", "Lene", "Marianne", "Camilla", "Louise",
        "Charlotte", "Maria", "Pia", "Tina", "Gitte", "Birgitte", "Karina", "Julie", "Sofie", "Ida",
        "Emma", "Line", "Signe", "Rikke", "Trine", "Malene", "Dorte", "Bente", "Inger", "Lone",
        "Sørine", "Åse", "Freja", "Astrid", "Karen", "Ulla", "Jette", "Nanna", "Cecilie", "Maja",
        "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Anders",
        "Martin", "Morten", "Rasmus", "Jesper", "Christian", "Mads", "Kasper", "Mikkel", "Frederik", "Jonas",
        "Ole", "Poul", "Bjørn", "Torben", "Steen", "Kåre", "Ebbe", "Bo", "Emil", "Magnus",
        "Oliver", "Lukas", "Allan", "Brian", "Carsten", "Kim", "Flemming", "Jørgen", "Erik", "Per",
    ]
    static let last = [
        "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Østergaard", "Kjær", "Jakobsen", "Nørgaard",
        "Lauridsen", "Bach", "Dahl", "Holm", "Vestergaard", "Søndergaard", "Højgaard", "Frederiksen",
        "Knudsen", "Lund", "Eriksen", "Henriksen", "Thygesen", "Mikkelsen", "Iversen", "Bækgaard",
        "Kjærsgaard", "Brøndum", "Skovgaard", "Ravn", "Krogh", "Damgaard", "Lindholm", "Dalsgaard",
        "Berg", "Friis", "Overgaard", "Winther", "Schmidt", "Toft", "Bruun", "Kragh",
    ]

    /// A name not yet in `used` while that is easy (4,480 combinations; a municipality rarely has more
    /// than a few hundred agents); ids, not names, identify agents, so a rare repeat is harmless.
    static func draw(random: inout SeededRandom, avoiding used: inout Set<String>) -> String {
        var name = ""
        for _ in 0..<64 {
            name = "\(first[random.index(below: first.count)]) \(last[random.index(below: last.count)])"
            if used.insert(name).inserted { break }
        }
        return name
    }
}
