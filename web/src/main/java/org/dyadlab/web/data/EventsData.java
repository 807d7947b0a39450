package org.dyadlab.web.data;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dyadlab.model.event.Dyad;
import org.dyadlab.model.event.Event;
import org.dyadlab.model.event.EventActor;
import org.dyadlab.store.EventPage;
import org.dyadlab.store.EventQuery;
import org.dyadlab.web.Workbench;
import org.dyadlab.web.data.Json.ActorJson;
import org.dyadlab.web.data.Json.EventDetailJson;
import org.dyadlab.web.data.Json.EventJson;
import org.dyadlab.web.data.Json.EventPageJson;
import org.dyadlab.web.evidence.EventEvidence;

/** The drill-down: the events of a dyad in an interval, a page at a time, and one event with its evidence. */
public final class EventsData {
    private final Workbench workbench;
    private final EventEvidence evidence;

    public EventsData(Workbench workbench, EventEvidence evidence) {
        this.workbench = workbench;
        this.evidence = evidence;
    }

    /** Which events: a dyad (or all when null), directed or not, an inclusive date range, origin datasets. */
    public record Request(Dyad dyad, boolean directed, LocalDate from, LocalDate to, Set<String> origins, long offset,
                          int limit) {
        public Request {
            origins = Set.copyOf(origins);
        }

        EventQuery query() {
            return new EventQuery(Optional.ofNullable(dyad), dyad != null && directed, from, to);
        }
    }

    public EventPageJson page(Request r) {
        EventPage page = workbench.use(a -> a.store().eventPage(r.query(), r.origins(), r.offset(), r.limit()));
        return new EventPageJson(page.total(), page.offset(), r.limit(),
                page.events().stream().map(EventsData::json).toList());
    }

    public Optional<EventDetailJson> detail(String id) {
        return workbench.use(a -> a.store().event(id)
                .map(e -> new EventDetailJson(json(e),
                        evidence.of(e, a.store().eventSpans(e.id()), a.store().corpus()))));
    }

    public static EventJson json(Event e) {
        return new EventJson(e.id(), e.date(), e.datePrecision().key(), actor(e.source()), actor(e.target()),
                e.code().code(), e.code().label(), e.quadClass().number(), e.goldstein(), e.origin(), e.originId(),
                e.originGoldstein(), e.sourceUrl(), e.documentRef(), e.mentions());
    }

    private static ActorJson actor(EventActor a) {
        return new ActorJson(a.name(), a.code(), a.country(), a.agents());
    }
}
