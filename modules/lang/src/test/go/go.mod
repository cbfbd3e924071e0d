module langoracle

go 1.23
