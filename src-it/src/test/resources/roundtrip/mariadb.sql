-- A legacy MariaDB schema for LegacyRoundTripSuite (one statement per line group, split on ';').
create table rt_customers (
    id int auto_increment primary key, -- a 32-bit key: @Meta(autoField = INTEGER), and int foreign keys to it
    name varchar(100) not null,
    rating smallint not null default 3,
    visits int not null,
    credit decimal(10, 2) not null default 0.00,
    active boolean not null default true,
    status varchar(20) not null default 'new',
    joined_on date not null default curdate(),
    first_order_on date default '2020-01-31',
    created_at datetime(6) not null default current_timestamp(6),
    note longtext default 'none',
    -- a text narrower than Aksara's longtext, and timestamps (UTC instants converted by the session's time zone)
    -- rather than Aksara's datetime(6): inspectdb keeps their types as dbType
    remark text,
    seen_at timestamp null,
    synced_at timestamp(6) not null default current_timestamp(6),
    -- a datetime without fractional digits: kept as it is, not widened to Aksara's datetime(6)
    billed_at datetime null
);
create table rt_orders (
    id bigint auto_increment primary key,
    customer_id int not null,
    referrer_id int,
    quantity smallint not null,
    discount smallint,
    constraint rt_orders_customer foreign key (customer_id) references rt_customers (id) on update cascade on delete restrict,
    constraint rt_orders_referrer foreign key (referrer_id) references rt_customers (id) on delete set null
);
