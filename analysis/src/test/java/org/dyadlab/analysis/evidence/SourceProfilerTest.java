package org.dyadlab.analysis.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyadlab.model.corpus.Side;
import org.dyadlab.model.corpus.SourceKind;
import org.dyadlab.model.evidence.Source;
import org.dyadlab.model.evidence.SourceProfile;
import org.junit.jupiter.api.Test;

/** Originators, kinds and sides of sources as the case's bibliography writes them. */
class SourceProfilerTest {
    private final SourceProfiler profiler = SourceProfiler.standard();

    private static Source online(String key, String author, String publisher, String url, String note) {
        return new Source(key, "online", author, publisher, "a title", url, "2022-10-15", note, null, null);
    }

    @Test
    void aWireStoryRunByTwoPapersHasOneOriginator() {
        SourceProfile hindu = profiler.profile(online("reuters2022summon", "{Reuters}", "The Hindu",
                "https://www.thehindu.com/news/x", ""));
        SourceProfile straits = profiler.profile(online("straitstimes2022summon", "{Reuters}", "The Straits Times",
                "https://www.straitstimes.com/asia/x", ""));
        assertThat(hindu.originator()).isEqualTo("Reuters").isEqualTo(straits.originator());
        assertThat(hindu.side()).isEqualTo(new Side("GBR"));
        assertThat(hindu.kind()).isEqualTo(SourceKind.NEWS);
    }

    @Test
    void aNoteSayingTheTextIsACopyNamesTheOriginator() {
        assertThat(profiler.profile(online("photonews2016f16", "{Photonews}", "Photonews Pakistan",
                "https://photonews.com.pk/x", "Reproduces a Reuters report of 2 May 2016.")).originator())
                .isEqualTo("Reuters");
        assertThat(profiler.profile(online("kerry2014sdremarks", "Kerry, John", "ENEWSPF", "https://www.enewspf.com/x",
                "Republished State Department transcript.")).originator()).isEqualTo("U.S. Department of State");
    }

    @Test
    void aNoteThatOnlyMentionsAnOfficeDoesNotMakeItTheOriginator() {
        SourceProfile janes = profiler.profile(online("janes2022f16", "{Janes}", "Janes",
                "https://janescom-stg.sitefinity.cloud/x", "dates the DSCA certification to 7 September and the State "
                        + "Department statement to 8 September"));
        assertThat(janes.originator()).isEqualTo("Janes");
    }

    @Test
    void theLongestNameWinsSoThePakistaniAgencyIsNotTheAmericanOne() {
        SourceProfile app = profiler.profile(online("dunya2023munir", "{Associated Press of Pakistan}", "Dunya News",
                "https://dunyanews.tv/x", ""));
        assertThat(app.originator()).isEqualTo("Associated Press of Pakistan");
        assertThat(app.side()).isEqualTo(new Side("PAK"));
        assertThat(profiler.profile(online("ap2015xi", "{Associated Press}", "Townhall", "https://townhall.com/x", ""))
                .side()).isEqualTo(new Side("USA"));
    }

    @Test
    void officialSitesSpeakForTheirGovernment() {
        SourceProfile wh = profiler.profile(online("whitehouse2022kjp0831", "{The White House}", "The White House",
                "https://bidenwhitehouse.archives.gov/briefing-room/x", ""));
        assertThat(wh.kind()).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
        assertThat(wh.side()).isEqualTo(new Side("USA"));
        SourceProfile mofa = profiler.profile(online("mofa", "", "", "https://mofa.gov.pk/press", ""));
        assertThat(mofa.kind()).isEqualTo(SourceKind.OFFICIAL_STATEMENT);
        assertThat(mofa.side()).isEqualTo(new Side("PAK"));
        SourceProfile fatf = profiler.profile(online("fatf", "{Financial Action Task Force}", "FATF",
                "https://www.fatf-gafi.org/x", ""));
        assertThat(fatf.side()).isEqualTo(Side.THIRD_PARTY);
    }

    @Test
    void newsSitesAreClassifiedByTheirDomainAndUnknownOnesAreThirdParty() {
        assertThat(profiler.profile(online("dawn", "{Dawn}", "Dawn", "https://www.dawn.com/news/1", "")).side())
                .isEqualTo(new Side("PAK"));
        assertThat(profiler.profile(online("tribune", "{The Express Tribune}", "The Express Tribune",
                "https://tribune.com.pk/story/1", "")).side()).isEqualTo(new Side("PAK"));
        SourceProfile unknown = profiler.profile(online("blog", "Someone", "Some Blog (mirror)",
                "https://example.com/x", ""));
        assertThat(unknown.originator()).isEqualTo("Some Blog");
        assertThat(unknown.side()).isEqualTo(Side.THIRD_PARTY);
        assertThat(unknown.kind()).isEqualTo(SourceKind.NEWS);
    }

    @Test
    void theEntryTypeDecidesAcademicAndPolicyKindsAndADeclaredKindAndSideWin() {
        assertThat(profiler.profile(new Source("a", "article", "Markey, D.", "Asian Survey", "t", "", "2018", "", null,
                null)).kind()).isEqualTo(SourceKind.ACADEMIC);
        assertThat(profiler.profile(new Source("r", "report", "", "Congressional Research Service", "t", "", "2018",
                "", null, null)).kind()).isEqualTo(SourceKind.POLICY_DOCUMENT);
        SourceProfile speech = profiler.profile(new Source("PAK_73_2018", "", "", "Government of Pakistan", "", "",
                "2018", "", SourceKind.SPEECH, new Side("PAK")));
        assertThat(speech.kind()).isEqualTo(SourceKind.SPEECH);
        assertThat(speech.side()).isEqualTo(new Side("PAK"));
        assertThat(speech.originator()).isEqualTo("Government of Pakistan");
    }

    @Test
    void indicatorDatasetsAreDatasetsOfTheirPublisher() {
        SourceProfile aid = profiler.profile(EvidenceBase.datasetSource(
                "ForeignAssistance.gov, U.S. Foreign Assistance by Country (us_foreign_aid_country.csv)"));
        assertThat(aid.kind()).isEqualTo(SourceKind.DATASET);
        assertThat(aid.side()).isEqualTo(new Side("USA"));
        SourceProfile imf = profiler.profile(EvidenceBase.datasetSource(
                "International Monetary Fund, Direction of Trade Statistics (DOTS), https://data.imf.org"));
        assertThat(imf.side()).isEqualTo(Side.THIRD_PARTY);
        assertThat(imf.kind()).isEqualTo(SourceKind.DATASET);
    }
}
