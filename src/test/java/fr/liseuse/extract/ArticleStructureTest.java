package fr.liseuse.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Rules that read the structure of the page rather than its words, each on a page shaped as real ones are. */
class ArticleStructureTest {

    private static final String BASE = "https://example.org/page";

    private static String text(String body) {
        Document doc = Jsoup.parse("<html><head><title>Page</title></head><body>" + body + "</body></html>", BASE);
        return ArticleFixtures.text(new ArticleExtractor().extract(doc, BASE, "Page"));
    }

    private static String prose(int n, String subject) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "<p>" + subject + " " + i + " goes on for a while, with"
                + " clauses joined by commas, as people write when they explain something at length and want"
                + " the reader to follow them, sentence after sentence, to the end of the paragraph.</p>")
                .collect(Collectors.joining());
    }

    @Test
    void aPageWithOnlyAFewWordsShowsThoseWords() {
        assertTrue(text("<p>Test</p>").contains("Test"));
        assertTrue(text("<div class='notice'><p>Fermé le lundi.</p></div>").contains("Fermé le lundi."));
    }

    @Test
    void aLongListOfNamesDoesNotOutweighTheArticleByItsCommas() {
        String names = IntStream.rangeClosed(1, 300).mapToObj(i -> "<a href='/users/Reader" + i + "'>Reader" + i + "</a>")
                .collect(Collectors.joining(", "));
        String text = text("<div id='work'><div class='chapter'>" + prose(10, "The chapter") + "</div>"
                + "<div id='feedback'><p>" + names + "</p></div></div>");
        assertTrue(text.contains("The chapter 10 goes on for a while"), text);
        assertFalse(text.contains("Reader42"), text);
    }

    @Test
    void aLandmarkMarkedComplementaryStaysOutWhenItHoldsMuchTextButNoProse() {
        String names = IntStream.rangeClosed(1, 400).mapToObj(i -> "<a href='/users/Reader" + i + "'>Reader" + i + "</a>")
                .collect(Collectors.joining(", "));
        String text = text("<div id='main'><div class='chapter'>" + prose(8, "The chapter") + "</div>"
                + "<div class='feedback' role='complementary'><h3>Actions</h3><p>" + names + " left kudos.</p></div></div>");
        assertTrue(text.contains("The chapter 8 goes on for a while"), text);
        assertFalse(text.contains("Reader42"), text);
    }

    @Test
    void aShortLineInAScriptWrittenWithoutSpacesIsASentenceNotAButtonWord() {
        String text = text("<article>" + prose(3, "The trip") + "<p><img src='a.jpg' alt='P1.jpg'></p>"
                + "<p>外拍的攝影班學員一堆早已不時穿梭其間</p><p><img src='b.jpg' alt='P2.jpg'></p><p>分享</p>"
                + prose(1, "The evening") + "</article>");
        assertTrue(text.contains("外拍的攝影班學員一堆早已不時穿梭其間"), text);
        assertFalse(text.contains("分享"), text);
    }

    @Test
    void wordsInTheMiddleOfASentenceStayWhateverTheirClassSays() {
        String text = text("<div class='story'>" + prose(3, "The tale")
                + "<p>I am a <a href='#note-1' class='popup'>rather elderly</a> man, and my <span class='ad'>avocations</span>"
                + " have brought me into contact with an interesting and somewhat singular set of men.</p>"
                + "<div class='popup'><a href='/subscribe'>Subscribe</a></div></div>");
        assertTrue(text.contains("I am a rather elderly man, and my avocations have brought me"), text);
        assertFalse(text.contains("Subscribe"), text);
    }

    @Test
    void aSectionAnchoredAfterItsOwnHeadingIsReadWhateverWordsTheHeadingHas() {
        String text = text("<div class='body'><div class='section' id='evolve'><h1>Evolve</h1>" + prose(2, "History")
                + "<div class='section' id='sharing-with-a-single-developer'><h2>Sharing with a single developer</h2>"
                + prose(1, "Sharing") + "</div></div>"
                + "<div id='comments'><h2>Comments</h2><p>Thanks for sharing this, it helped me a lot today.</p></div></div>");
        assertTrue(text.contains("Sharing with a single developer"), text);
        assertTrue(text.contains("Sharing 1 goes on for a while"), text);
        assertFalse(text.contains("it helped me a lot"), text);
    }

    @Test
    void layoutUtilityClassesDoNotMakeABoxFurniture() {
        String text = text("<article>" + prose(3, "The report")
                + "<div class='row margin-bottom'><p>A frequent question: lease or buy?</p></div>"
                + prose(1, "The answer") + "</article><div class='footer-bottom'><p>All rights reserved, 2024.</p></div>");
        assertTrue(text.contains("A frequent question: lease or buy?"), text);
        assertFalse(text.contains("All rights reserved"), text);
    }

    @Test
    void theElementThePageMarksAsItsArticleBoundsTheContent() {
        String text = text("<div id='page'><main><article><h1>Page</h1>" + prose(3, "The story") + "</article>"
                + "<div class='claim'><p>We do what we love, every day.</p></div></main></div>");
        assertTrue(text.contains("The story 3 goes on for a while"), text);
        assertFalse(text.contains("We do what we love"), text);
    }

    @Test
    void aListOfOtherArticlesBesideTheArticleIsNotPartOfIt() {
        String teasers = IntStream.rangeClosed(1, 6).mapToObj(i -> "<article class='post'><h2><a href='/post" + i
                + "'>Other post " + i + "</a></h2>" + prose(2, "Teaser " + i) + "</article>").collect(Collectors.joining());
        String text = text("<div id='primary'><article class='post'><h1>Page</h1>" + prose(3, "The story") + "</article>"
                + "<article class='post'>" + teasers + "</article></div>");
        assertTrue(text.contains("The story 3 goes on for a while"), text);
        assertFalse(text.contains("Teaser 4"), text);
    }

    @Test
    void aHiddenBoxIsLeftOutHoweverLargeUnlessItHoldsAllThereIsToRead() {
        String text = text("<article><h1>Page</h1><div style='visibility: hidden'>" + prose(3, "The draft") + "</div>"
                + "<div>" + prose(2, "The story") + "</div></article>");
        assertTrue(text.contains("The story 2 goes on for a while"), text);
        assertFalse(text.contains("The draft"), text);
        String hiddenArticle = text("<article><h1>Page</h1><div class='hidden'>" + prose(3, "The story") + "</div></article>");
        assertTrue(hiddenArticle.contains("The story 3 goes on for a while"), hiddenArticle);
    }

    @Test
    void aBoxSqueezedToNoHeightWithItsOverflowCutOffIsHidden() {
        String text = text("<article><div style='height:0px; line-height:0px; font-size:0; overflow:hidden'>"
                + "<span>Filed 2017-03-10 09:58:03 from the wire desk, edited by Kim Lee</span></div>"
                + prose(3, "The flight")
                + "<div style='line-height: 0; overflow: hidden'><p>An editor's note that every reader sees.</p></div>"
                + "</article>");
        assertTrue(text.contains("The flight 3 goes on for a while"), text);
        assertFalse(text.contains("wire desk"), text);
        assertTrue(text.contains("An editor's note that every reader sees."), text);
    }

    @Test
    void aParagraphTheAuthorWroteTwiceStaysTwiceButAShortLinePrintedTwiceOnce() {
        String chorus = "The chorus comes back here, word for word, because the song repeats it, and a reader"
                + " who follows the lyrics expects to find it again at this place, as it was sung, line after line,"
                + " until the last verse.";
        String text = text("<article><p class='dek'>Four events to see this month.</p>"
                + "<p>Four events to see this month.</p>" + prose(2, "The song")
                + "<p>" + chorus + "</p><p>" + chorus + "</p></article>");
        assertTrue(text.indexOf(chorus) != text.lastIndexOf(chorus), text);
        assertTrue(text.indexOf("Four events") == text.lastIndexOf("Four events"), text);
    }

    @Test
    void aPhotoGalleryInsideTheArticleIsLeftOutUnlessItIsTheArticle() {
        String slides = IntStream.rangeClosed(1, 4).mapToObj(i -> "<li><img src='s" + i + ".jpg' alt=''><h3>" + i
                + "/4 Harbour view</h3><p>Slide " + i + " shows the harbour at dawn, with boats leaving, gulls over"
                + " the water, and the old lighthouse standing against a pale sky.</p></li>")
                .collect(Collectors.joining());
        String text = text("<article>" + prose(6, "The report") + "<div class='photo-gallery'><ul>" + slides
                + "</ul></div></article>");
        assertTrue(text.contains("The report 6 goes on for a while"), text);
        assertFalse(text.contains("Slide 2 shows the harbour"), text);
        String essay = text("<article><p>Pictures of the harbour, from dawn to dusk.</p><div class='photo-gallery'><ul>"
                + slides + "</ul></div></article>");
        assertTrue(essay.contains("Slide 2 shows the harbour"), essay);
    }

    @Test
    void aFigureCaptionIsLeftOutAsACaptionNamedSoIs() {
        String text = text("<article>" + prose(2, "The report") + "<figure><img src='penguins.jpg' alt=''>"
                + "<figcaption><span class='foto-texto'>A group of penguins in Antarctica, last February.</span>"
                + " AGENCY</figcaption></figure>" + prose(2, "The rest of the report") + "</article>");
        assertTrue(text.contains("The rest of the report 2 goes on"), text);
        assertFalse(text.contains("A group of penguins"), text);
    }

    @Test
    void aGalleryLargerThanTheArticleBetweenTwoOfItsParagraphsIsStillAnInsert() {
        String slides = IntStream.rangeClosed(1, 30).mapToObj(i -> "<li><h2>" + i + "/30 Company " + i
                + " results</h2><p>Company " + i + " reported its yearly results, with sales down in Europe, a loss"
                + " after the deals it had counted on fell through, and a plan to raise money from its owners.</p></li>")
                .collect(Collectors.joining());
        String gallery = "<div class='widget type-gallery'><ul>" + slides + "</ul></div>";
        String text = text("<article>" + prose(3, "The story") + gallery + prose(2, "The end of the story")
                + "</article>");
        assertTrue(text.contains("The story 3 goes on for a while"), text);
        assertTrue(text.contains("The end of the story 2 goes on"), text);
        assertFalse(text.contains("Company 12 reported"), text);
        String essay = text("<article>" + prose(1, "The introduction") + gallery + "</article>");
        assertTrue(essay.contains("Company 12 reported"), essay);
    }

    @Test
    void aShortStepOfAHowToStaysBetweenTheLongerStepsAroundIt() {
        String[] steps = {
            "Measure the circumference of the glass bell, then cut the foam about two centimetres smaller, soak it"
                + " in a bowl of water until it sinks, and dig a hole in it large enough for the plant, without"
                + " piercing it through to the bottom.",
            "Put the plant in the hole.",
            "Using floral pins, fasten enough moss around the foam to hide it, pressing each piece gently so it"
                + " holds, and leave a little room at the top for the plant to breathe under the glass.",
            "Gently lower the glass bell over the foam; the glass may push some of the moss upwards, showing the"
                + " foam again, so pull it back down with tweezers, and add moss where gaps remain."};
        StringBuilder body = new StringBuilder("<div class='page'><div class='steps'>");
        for (int i = 0; i < steps.length; i++) {
            body.append("<div class='mod step'><div class='content'><span class='head'>Step ").append(i + 1)
                    .append("</span><p>").append(steps[i]).append("</p></div><figure><img src='s").append(i)
                    .append(".jpg' alt=''></figure></div>");
            if (i == 0) body.append("<div class='mod ad'><div id='ad300x250'></div></div>");
        }
        body.append("</div><div class='footer'><p>Our shop, our newsletter, our partners.</p></div></div>");
        String text = text(body.toString());
        assertTrue(text.contains("Measure the circumference"), text);
        assertTrue(text.contains("Put the plant in the hole."), text);
        assertTrue(text.contains("Step 2"), text);
        assertTrue(text.contains("Gently lower the glass bell"), text);
    }

    @Test
    void aStandfirstInAColumnOfItsOwnRightAboveTheTextIsPartOfTheArticle() {
        String text = text("<main><div><header><h2>Page</h2></header><div class='col-8 offset-2'><p class='p-large'>"
                + "They are the ground we stand on, our shelter and often our guide: our own limits. How to find"
                + " yours and live by them, in three questions and a few exercises.</p></div>"
                + "<section class='text-section'><div class='col-8 offset-2'>" + prose(6, "The article") + "</div>"
                + "</section><div class='col-8'><p>Sign in</p></div></div></main>");
        assertTrue(text.contains("They are the ground we stand on"), text);
        assertTrue(text.contains("The article 6 goes on"), text);
        assertTrue(text.indexOf("They are the ground") < text.indexOf("The article 1 goes on"), text);
    }

    @Test
    void aLeadOfSeveralSentencesSetInHeadingTypeStaysThoughAHeadingFollowsIt() {
        String text = text("<article><p>In conversation with the actress</p><h2>The film opened in cinemas this week."
                + " We spoke with one of its leading actresses about her part, a warrior and a healer. She told us how"
                + " she prepared for it.</h2><h2>What drew you to the part?</h2>" + prose(3, "The answer")
                + "<h2>Related stories</h2><h2>More from the site</h2></article>");
        assertTrue(text.contains("The film opened in cinemas this week."), text);
        assertTrue(text.contains("What drew you to the part?"), text);
        assertFalse(text.contains("Related stories"), text);
    }

    @Test
    void shortBlocksAboveTheArticlesOwnHeadlineAreLeftOutButALeadThereStays() {
        String text = text("<div class='story'><p>Winter sports, season review</p><h2>Page</h2>" + prose(3, "The story")
                + "</div>");
        assertTrue(text.contains("The story 3 goes on for a while"), text);
        assertFalse(text.contains("Winter sports"), text);
        String lead = text("<div class='story'><p>The council voted on Monday night to close the old bridge to cars,"
                + " after two reports found its pillars worn far beyond what engineers had expected.</p><h2>Page</h2>"
                + prose(3, "The story") + "</div>");
        assertTrue(lead.contains("The council voted on Monday night"), lead);
    }

    @Test
    void theIngredientsAPageMarksAsItsRecipesArePartOfTheContentBesideItsStory() {
        String ingredients = IntStream.rangeClosed(1, 6).mapToObj(i -> "<li itemprop='recipeIngredient'>" + i
                + "00 g of ingredient " + i + "</li>").collect(Collectors.joining());
        String text = text("<div itemscope itemtype='https://schema.org/Recipe'><div class='cols'>"
                + "<div class='ingredients'><h2>Ingredients</h2><ul>" + ingredients + "</ul></div>"
                + "<div class='about'>" + prose(5, "The story of the dish") + "</div></div></div>"
                + "<div class='footer'><p>Our shop, our newsletter, our partners.</p></div>");
        assertTrue(text.contains("The story of the dish 5"), text);
        assertTrue(text.contains("300 g of ingredient 3"), text);
        assertFalse(text.contains("our newsletter"), text);
    }

    @Test
    void aRatingWidgetUnderTheArticleIsNotPartOfIt() {
        String stars = IntStream.rangeClosed(1, 5).mapToObj(i -> "<li><a href='?rate=" + i + "'>" + i + "</a></li>")
                .collect(Collectors.joining());
        String text = text("<article><div class='entry-content'>" + prose(4, "The story")
                + "<div class='news-rate'><label>Rate this story</label><ul>" + stars + "</ul></div>"
                + "<span class='post-ratings'>(No ratings yet)</span></div></article>");
        assertTrue(text.contains("The story 4 goes on for a while"), text);
        assertFalse(text.contains("Rate this story"), text);
        assertFalse(text.contains("No ratings yet"), text);
    }

    @Test
    void aSoftHyphenThatOnlyMarksWhereAWordMayBreakIsNotPartOfTheWord() {
        String text = text("<article>" + prose(2, "The story") + "<p>While you stroll over the mar&shy;ket, the"
                + " crafts&shy;men show their work.</p></article>");
        assertTrue(text.contains("While you stroll over the market, the craftsmen show their work."), text);
    }
}
