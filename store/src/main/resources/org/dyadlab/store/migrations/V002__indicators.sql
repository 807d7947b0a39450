-- dyadlab schema version 2: indicator series in long format (one row per indicator, subject and date).
-- A value covers [obs_date, obs_date + its precision); fiscal-year values start on 1 October (US fiscal year).
CREATE TABLE indicators (
    indicator  VARCHAR NOT NULL,
    subject    VARCHAR NOT NULL,
    obs_date   DATE    NOT NULL,
    precision  VARCHAR NOT NULL,
    value      DOUBLE  NOT NULL,
    unit       VARCHAR NOT NULL,
    source     VARCHAR NOT NULL,
    import_id  BIGINT,
    PRIMARY KEY (indicator, subject, obs_date)
);
