import Testing
@testable import PlanReading

@Suite struct MunicipalitiesTests {
    private let header = "id;code;name;region;population\n"
    private let odense = "odense;461;Odense;Syddanmark;200000\n"

    @Test(arguments: [
        ("../x", "\"../x\" is not a valid id, expected lowercase letters a-z, digits and \"-\" only, starting with a letter or digit, such as aarhus or ringkoebing-skjern"),
        ("Aarhus", "\"Aarhus\" is not a valid id, expected lowercase letters a-z, digits and \"-\" only, starting with a letter or digit, such as aarhus or ringkoebing-skjern (write \"aarhus\")"),
        ("a b", "\"a b\" is not a valid id"),
        ("århus", "\"århus\" is not a valid id"),
        ("-south", "\"-south\" is not a valid id, expected lowercase letters a-z, digits and \"-\" only, starting with a letter or digit, such as aarhus or ringkoebing-skjern"),
        ("", "is empty, expected a lowercase id such as aarhus"),
    ])
    func idsMustBeLowercaseSlugs(id: String, text: String) {
        let fixture = PlanFixture(["municipalities.csv": header + "\(id);751;Aarhus;Midt;350000\n" + odense])
        expectDiagnostic(fixture.errors(), file: "municipalities.csv", line: 2, field: "id", text)
    }

    @Test(arguments: [
        ("75", "code", "\"75\" is not a kommunekode, expected three digits such as 751"),
        ("7510", "code", "\"7510\" is not a kommunekode"),
    ])
    func codesAreThreeDigits(code: String, field: String, text: String) {
        let fixture = PlanFixture(["municipalities.csv": header + "aarhus;\(code);Aarhus;Midt;350000\n" + odense])
        expectDiagnostic(fixture.errors(), file: "municipalities.csv", line: 2, field: field, text)
    }

    @Test func otherCellsAreChecked() {
        let fixture = PlanFixture(["municipalities.csv": header + "aarhus;751;;Midt;-5\n" + "odense;461;Odense;;350.000\n"])
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "municipalities.csv", line: 2, field: "name", "is empty, expected the municipality's name such as Aarhus")
        expectDiagnostic(errors, file: "municipalities.csv", line: 2, field: "population", "-5 is negative, expected a number of inhabitants from 0 to 1000000000 such as 61000")
        expectDiagnostic(errors, file: "municipalities.csv", line: 3, field: "population",
                         "\"350.000\" is not a whole number, expected a number of inhabitants from 0 to 1000000000 such as 61000 (digits only, without separators)")
        #expect(errors.count == 3)
    }

    @Test func duplicateIdsAndCodes() {
        let fixture = PlanFixture(["municipalities.csv": header + "aarhus;751;Aarhus;Midt;350000\n" + odense + "aarhus;461;Århus;Midt;1\n"])
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "municipalities.csv", line: 4, field: "id", "aarhus appears again (first on line 2), expected each municipality once")
        expectDiagnostic(errors, file: "municipalities.csv", line: 4, field: "code", "461 appears again (first on line 3), expected each kommunekode once")
    }

    @Test func atLeastOneMunicipality() {
        let fixture = PlanFixture(["municipalities.csv": header, "availability/aarhus.csv": nil, "availability/odense.csv": nil])
        fixture.makeFolder("availability")
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "municipalities.csv", line: 1, field: nil, "no municipalities, expected at least one row after the header")
    }

    @Test func missingAndUnknownColumns() {
        let fixture = PlanFixture(["municipalities.csv": "id;kode;name;population\naarhus;751;Aarhus;1\n"])
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "municipalities.csv", line: 1, field: "kode",
                         "unknown column, did you mean `code`? expected the columns id, code, name, region, population, weight")
        expectDiagnostic(errors, file: "municipalities.csv", line: 1, field: "code", "required column is missing, expected a column named code in the header")
        expectDiagnostic(errors, file: "municipalities.csv", line: 1, field: "region", "required column is missing, expected a column named region in the header")
    }

    @Test func weightIsNeededOnlyWithWeightBasis() throws {
        let weighted = "week: 2026-W49\nopening_hours: {mon: 08:00-12:00}\nfairness: {basis: weight}\n"
        let noColumn = PlanFixture(["hotline.yaml": weighted])
        expectDiagnostic(noColumn.errors(), file: "municipalities.csv", line: 1, field: "weight",
                         "required column is missing, expected a weight column because fairness.basis is weight in hotline.yaml")

        let emptyCell = PlanFixture([
            "hotline.yaml": weighted,
            "municipalities.csv": "id;code;name;region;population;weight\naarhus;751;Aarhus;Midt;350000;1,5\nodense;461;Odense;Syd;200000;\n",
        ])
        expectDiagnostic(emptyCell.errors(), file: "municipalities.csv", line: 3, field: "weight",
                         "is empty, expected a weight ≥ 0 such as 1 or 1,5 because fairness.basis is weight")

        let demandBasis = PlanFixture([
            "municipalities.csv": "id;code;name;region;population;weight\naarhus;751;Aarhus;Midt;350000;1,5\nodense;461;Odense;Syd;200000;\n",
        ])
        let plan = try demandBasis.read().plan
        #expect(plan.municipalities.map(\.weight) == [1.5, nil])
    }

    @Test func negativeWeightIsRejected() {
        let fixture = PlanFixture(["municipalities.csv": "id;code;name;region;population;weight\naarhus;751;Aarhus;Midt;1;-1\nodense;461;O;S;1;x\n"])
        let errors = fixture.errors()
        expectDiagnostic(errors, file: "municipalities.csv", line: 2, field: "weight", "-1 is out of range, expected a weight from 0 to 1000000")
        expectDiagnostic(errors, file: "municipalities.csv", line: 3, field: "weight", "\"x\" is not a number, expected a weight such as 1 or 7,5")
    }

    @Test(arguments: [
        ("population", "municipalities.csv", "id;code;name;region;population\naarhus;751;A;M;0\nodense;461;O;S;0\n",
         "fairness.basis is population in hotline.yaml but every population in municipalities.csv is 0"),
        ("weight", "municipalities.csv", "id;code;name;region;population;weight\naarhus;751;A;M;5;0\nodense;461;O;S;5;0\n",
         "fairness.basis is weight in hotline.yaml but every weight in municipalities.csv is 0"),
    ])
    func fairnessBasisMustSumAboveZero(basis: String, file: String, municipalities: String, text: String) {
        let fixture = PlanFixture([
            "hotline.yaml": "week: 2026-W49\nopening_hours: {mon: 08:00-12:00, tue: 08:00-12:00}\nfairness:\n  basis: \(basis)\n",
            "municipalities.csv": municipalities,
        ])
        expectDiagnostic(fixture.errors(), file: file, line: nil, field: "fairness.basis", text)
    }

    @Test func demandBasisNeedsSomeCalls() {
        let fixture = PlanFixture(["demand.csv": "municipality;day;from;to;calls\naarhus;mon;08:00;09:00;0\n"])
        #expect(fixture.errors().map(\.description) == [
            "demand.csv: fairness.basis: fairness.basis is demand in hotline.yaml but demand.csv forecasts no contacts in any open slot, expected calls > 0 on some row (or fairness.basis population or weight)",
        ])
    }
}
